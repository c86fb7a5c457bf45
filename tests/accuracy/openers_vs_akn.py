"""Compare the parser's openers (outline --format json) with the AKN ground truth.
Usage: akn.py texts|texts_md [dll]  -> prints agreement; writes the disagreements to /tmp/openers_vs_akn_<form>.txt
Run from the repository root after building server/Resolint (Release)."""
import json, os, re, subprocess, sys, html, collections
import xml.etree.ElementTree as ET
DEV='/work/shared/devset'
form=sys.argv[1]; dll=sys.argv[2] if len(sys.argv)>2 else 'server/Resolint/bin/Release/net10.0/resolint.dll'
ext='.txt' if form=='texts' else '.md'
NS='{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}'
def norm(s): return re.sub(r'[\s\u00a0]+',' ',s.replace('\u2011','-')).strip()
def key(s):
    s=re.sub(r'\[\^\d+\]|[*_\u00b9\u00b2\u00b3\u2070-\u209f]','',s)
    return re.sub(r'[^a-z0-9]','',s.lower())[:60]
def text_of(e): return norm(''.join(e.itertext()))
truth={}
names=[n[:-4] for n in sorted(os.listdir(DEV+'/akn')) if n.endswith('.xml') and os.path.exists(f'{DEV}/{form}/{n[:-4]}{ext}')]
for n in names:
    root=ET.parse(f'{DEV}/akn/{n}.xml').getroot()
    pre=[];ops=[]
    for p in root.iter(NS+'preamble'):
        for c in p.iter(NS+'container'):
            if c.get('name'): pre.append((key(text_of(c)), norm(c.get('name'))))
    for mb in root.iter(NS+'mainBody'):
        for para in mb.iter(NS+'paragraph'):
            if para.find(NS+'num') is None: continue
            ps=[x for x in para.iter(NS+'p')]
            if not ps: continue
            p=ps[0]
            first=None
            lead=(p.text or '').strip()
            if not lead and len(p) and p[0].get('class')=='italic':
                first=norm(''.join(p[0].itertext())).rstrip(',;: ')
            ops.append((key(text_of(p)), first))
    truth[n]=(pre,ops)
# run outline in batches
out={}
files=[f'{DEV}/{form}/{n}{ext}' for n in names]
for i in range(0,len(files),100):
    r=subprocess.run(['dotnet',dll,'outline','--format','json']+files[i:i+100],capture_output=True,text=True,timeout=600)
    js=json.loads(r.stdout)
    if isinstance(js,dict): js=[js]
    for d in js: out[os.path.basename(d['file'])[:-len(ext)]]=d
stats=collections.Counter(); diffs=[]
for n in names:
    d=out.get(n)
    if not d: continue
    lines=open(f'{DEV}/{form}/{n}{ext}',encoding='utf-8').read().split('\n')
    def linekey(l): return key(re.sub(r'^\s*\d+\.\s*','',lines[l-1]) if l-1<len(lines) else '')
    pmap={linekey(p['line']):p['opener'] for p in d['preamble']}
    omap={linekey(o['line']):o['verb'] for o in d['operative']}
    pre,ops=truth[n]
    for k,name in pre:
        stats['pre']+=1
        if k not in pmap: stats['pre_unmatched']+=1; continue
        got=norm(pmap[k])
        if got==name: stats['pre_ok']+=1
        else: stats['pre_bad']+=1; diffs.append(f'P {n}\t{name!r}\t{got!r}')
    for k,name in ops:
        if name is None: continue
        stats['op']+=1
        if k not in omap: stats['op_unmatched']+=1; continue
        got=norm(omap[k])
        if got==name: stats['op_ok']+=1
        else: stats['op_bad']+=1; diffs.append(f'O {n}\t{name!r}\t{got!r}')
    ok=all(norm(pmap.get(k,'\0'))==name for k,name in pre)
    stats['files']+=1; stats['files_pre_all_ok']+=ok
print(form, dict(stats))
pm=stats['pre_ok']+stats['pre_bad']; om=stats['op_ok']+stats['op_bad']
print(f"preamble openers right: {stats['pre_ok']}/{pm} = {100*stats['pre_ok']/max(pm,1):.1f}%  (of all {stats['pre']}: {100*stats['pre_ok']/max(stats['pre'],1):.1f}%)")
print(f"operative verbs right: {stats['op_ok']}/{om} = {100*stats['op_ok']/max(om,1):.1f}%  (of all {stats['op']}: {100*stats['op_ok']/max(stats['op'],1):.1f}%)")
tot=pm+om; print(f"all matched: {100*(stats['pre_ok']+stats['op_ok'])/max(tot,1):.1f}%")
open(f'/tmp/openers_vs_akn_{form}.txt','w').write('\n'.join(diffs)+'\n')

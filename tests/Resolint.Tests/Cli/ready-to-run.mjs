// Says whether .NET assemblies carry code compiled ahead of time (ReadyToRun): exits 0 when every file named has a
// managed native header in its CLI header (ECMA-335 II.25.3.3, the field crossgen2 fills), 1 when one has none,
// 2 when one is not a .NET assembly. Used by install-as-tool.sh on the installed framework-dependent packages.
// usage: node ready-to-run.mjs FILE.dll...
import { readFileSync } from 'node:fs';

function managedNativeHeaderSize(file) {
  const image = readFileSync(file);
  const pe = image.readUInt32LE(0x3c);
  if (image.toString('latin1', pe, pe + 4) !== 'PE\0\0') throw new Error(`${file}: not a PE file`);
  const sections = image.readUInt16LE(pe + 6);
  const optional = pe + 24;
  const optionalSize = image.readUInt16LE(pe + 20);
  // Data directories start after the standard and Windows fields: 96 bytes in PE32, 112 in PE32+.
  const directories = optional + (image.readUInt16LE(optional) === 0x20b ? 112 : 96);
  const cliRva = image.readUInt32LE(directories + 14 * 8);
  if (cliRva === 0) throw new Error(`${file}: not a .NET assembly (no CLI header)`);
  const cli = toOffset(image, optional + optionalSize, sections, cliRva, file);
  return image.readUInt32LE(cli + 64 + 4); // ManagedNativeHeader: RVA at 64, size at 68
}

function toOffset(image, table, sections, rva, file) {
  for (let i = 0; i < sections; i++) {
    const section = table + i * 40;
    const virtualSize = image.readUInt32LE(section + 8);
    const virtualAddress = image.readUInt32LE(section + 12);
    if (rva >= virtualAddress && rva < virtualAddress + virtualSize) {
      return rva - virtualAddress + image.readUInt32LE(section + 20);
    }
  }
  throw new Error(`${file}: CLI header outside every section`);
}

let status = 0;
for (const file of process.argv.slice(2)) {
  try {
    const size = managedNativeHeaderSize(file);
    console.log(`${file}: ${size > 0 ? 'ReadyToRun' : 'IL only'}`);
    if (size === 0) status = Math.max(status, 1);
  } catch (error) {
    console.error(error.message);
    status = 2;
  }
}
process.exit(status);

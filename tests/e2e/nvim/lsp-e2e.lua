-- Headless Neovim (0.7.x) end-to-end check of the resolint language server.
-- Run via nvim-lsp-e2e.sh; configured through environment variables:
--   LSP_E2E_CMD        JSON array: server command, e.g. ["dotnet","Server.dll"]   (required)
--   LSP_E2E_FILETYPE   filetype / languageId for the buffer (default: keep detected, else "markdown")
--   LSP_E2E_EXPECT     substring that must occur in at least one diagnostic message (optional)
--   LSP_E2E_EXPECT_COUNT  exact number of diagnostics expected (optional)
--   LSP_E2E_HOVER      "line:col[=substring]" 0-based position to hover (optional)
--   LSP_E2E_COMPLETE   "line:col[=label]" 0-based position to complete (optional)
--   LSP_E2E_DEFINITION "line:col=targetLine" 0-based; definition must lead to that line of the file (optional)
--   LSP_E2E_SYMBOLS    "name|name|..." document symbols (any depth) that must exist (optional)
--   LSP_E2E_CODE_ACTION "line:col=text" 0-based; a quick fix there must write that text (optional)
--   LSP_E2E_TIMEOUT    milliseconds per wait (default 15000)
-- Prints one JSON object on stdout; exits 0 on success, 1 on failure (:cquit).
local env = vim.env
local timeout = tonumber(env.LSP_E2E_TIMEOUT or '15000')
local report = { client = 'neovim ' .. tostring(vim.version().major) .. '.' .. vim.version().minor .. '.' .. vim.version().patch, failures = {} }
local t0 = vim.loop.hrtime()
local function ms() return math.floor((vim.loop.hrtime() - t0) / 1e6) end
local function fail(msg) table.insert(report.failures, msg) end

local function finish()
  report.ok = (#report.failures == 0)
  report.totalMs = ms()
  io.stdout:write(vim.fn.json_encode(report) .. '\n')
  io.stdout:flush()
  if report.ok then vim.cmd('qall!') else vim.cmd('cquit!') end
end

local function parse_pos(spec)
  local l, c, rest = spec:match('^(%d+):(%d+)=?(.*)$')
  if not l then error('bad position spec ' .. spec) end
  return { line = tonumber(l), character = tonumber(c) }, (rest ~= '' and rest or nil)
end

local function hover_text(result)
  if not result or not result.contents then return '' end
  local c = result.contents
  if type(c) == 'string' then return c end
  if c.value then return c.value end
  local parts = {}
  for _, x in ipairs(c) do table.insert(parts, type(x) == 'string' and x or (x.value or '')) end
  return table.concat(parts, '\n')
end

local function run()
  local bufnr = vim.api.nvim_get_current_buf()
  local fname = vim.api.nvim_buf_get_name(bufnr)
  if fname == '' then fail('no file given'); return finish() end
  local ft = env.LSP_E2E_FILETYPE
  if ft and ft ~= '' then vim.bo[bufnr].filetype = ft
  elseif vim.bo[bufnr].filetype == '' then vim.bo[bufnr].filetype = 'markdown' end
  local ok, cmd = pcall(vim.fn.json_decode, env.LSP_E2E_CMD or '')
  if not ok or type(cmd) ~= 'table' then fail('LSP_E2E_CMD must be a JSON array'); return finish() end
  report.server = table.concat(cmd, ' ')
  report.file = fname

  local exited = false
  local client_id = vim.lsp.start_client({
    name = 'e2e',
    cmd = cmd,
    root_dir = vim.fn.fnamemodify(fname, ':p:h'),
    on_exit = function(code, signal) exited = true; report.serverExit = { code = code, signal = signal } end,
  })
  if not client_id then fail('vim.lsp.start_client failed'); return finish() end
  vim.lsp.buf_attach_client(bufnr, client_id)

  -- initialize handshake
  if not vim.wait(timeout, function() local c = vim.lsp.get_client_by_id(client_id); return (c and c.initialized) or exited end, 20) or exited then
    fail('server did not initialize'); return finish()
  end
  report.initializedMs = ms()

  -- diagnostics
  local got = vim.wait(timeout, function() return #vim.diagnostic.get(bufnr) > 0 end, 20)
  local diags = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(diags, { line = d.lnum, col = d.col, severity = d.severity, message = d.message, source = d.source,
      code = (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or vim.NIL })
  end
  report.diagnostics = diags
  report.diagnosticsMs = ms()
  local want_count = tonumber(env.LSP_E2E_EXPECT_COUNT or '')
  if not got and want_count ~= 0 then fail('no diagnostics within ' .. timeout .. ' ms') end
  if env.LSP_E2E_EXPECT and env.LSP_E2E_EXPECT ~= '' then
    local found = false
    for _, d in ipairs(diags) do if d.message:find(env.LSP_E2E_EXPECT, 1, true) then found = true end end
    if not found then fail('no diagnostic containing "' .. env.LSP_E2E_EXPECT .. '"') end
  end
  if want_count and #diags ~= want_count then fail(('expected %d diagnostics, got %d'):format(want_count, #diags)) end

  local uri = vim.uri_from_bufnr(bufnr)
  if env.LSP_E2E_HOVER and env.LSP_E2E_HOVER ~= '' then
    local pos, want = parse_pos(env.LSP_E2E_HOVER)
    local res = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', { textDocument = { uri = uri }, position = pos }, timeout)
    local r = res and res[client_id]
    local text = r and hover_text(r.result) or ''
    report.hover = { position = pos, text = text, error = r and r.err and r.err.message or vim.NIL }
    if text == '' then fail('empty hover') elseif want and not text:find(want, 1, true) then fail('hover lacks "' .. want .. '"') end
  end
  if env.LSP_E2E_COMPLETE and env.LSP_E2E_COMPLETE ~= '' then
    local pos, want = parse_pos(env.LSP_E2E_COMPLETE)
    local res = vim.lsp.buf_request_sync(bufnr, 'textDocument/completion', { textDocument = { uri = uri }, position = pos }, timeout)
    local r = res and res[client_id]
    local items = r and r.result and (r.result.items or r.result) or {}
    local labels = {}
    for _, it in ipairs(items) do table.insert(labels, it.label) end
    report.completion = { position = pos, labels = labels }
    if #labels == 0 then fail('no completion items') end
    if want then
      local found = false
      for _, l in ipairs(labels) do if l == want then found = true end end
      if not found then fail('completion lacks "' .. want .. '"') end
    end
  end

  if env.LSP_E2E_DEFINITION and env.LSP_E2E_DEFINITION ~= '' then
    local pos, want = parse_pos(env.LSP_E2E_DEFINITION)
    local res = vim.lsp.buf_request_sync(bufnr, 'textDocument/definition', { textDocument = { uri = uri }, position = pos }, timeout)
    local r = res and res[client_id]
    local locations = (r and r.result) or {}
    if locations.uri then locations = { locations } end
    local lines = {}
    for _, l in ipairs(locations) do
      if l.uri == uri then table.insert(lines, l.range.start.line) end
    end
    report.definition = { position = pos, lines = lines }
    local found = false
    for _, l in ipairs(lines) do if tostring(l) == want then found = true end end
    if not found then fail('definition does not lead to line ' .. tostring(want)) end
  end
  if env.LSP_E2E_CODE_ACTION and env.LSP_E2E_CODE_ACTION ~= '' then
    local pos, want = parse_pos(env.LSP_E2E_CODE_ACTION)
    local params = { textDocument = { uri = uri }, range = { start = pos, ['end'] = pos }, context = { diagnostics = {}, only = { 'quickfix' } } }
    local res = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, timeout)
    local r = res and res[client_id]
    local texts = {}
    for _, action in ipairs((r and r.result) or {}) do
      local changes = action.edit and action.edit.changes and action.edit.changes[uri] or {}
      for _, e in ipairs(changes) do table.insert(texts, e.newText) end
    end
    report.codeAction = { position = pos, texts = texts }
    local found = false
    for _, t in ipairs(texts) do if t == want then found = true end end
    if not found then fail('no quick fix that writes "' .. tostring(want) .. '"') end
  end
  if env.LSP_E2E_SYMBOLS and env.LSP_E2E_SYMBOLS ~= '' then
    local res = vim.lsp.buf_request_sync(bufnr, 'textDocument/documentSymbol', { textDocument = { uri = uri } }, timeout)
    local r = res and res[client_id]
    local names = {}
    local function walk(list)
      for _, s in ipairs(list or {}) do
        table.insert(names, s.name)
        walk(s.children)
      end
    end
    walk(r and r.result)
    report.symbols = names
    for want in env.LSP_E2E_SYMBOLS:gmatch('[^|]+') do
      local found = false
      for _, n in ipairs(names) do if n == want then found = true end end
      if not found then fail('no document symbol named "' .. want .. '"') end
    end
  end

  -- orderly shutdown (sends shutdown + exit)
  vim.lsp.stop_client(client_id)
  vim.wait(3000, function() return exited end, 20)
  if not exited then fail('server did not exit after shutdown/exit') end
  finish()
end

vim.api.nvim_create_autocmd('VimEnter', {
  once = true,
  callback = function()
    local ok, err = pcall(run)
    if not ok then fail('lua error: ' .. tostring(err)); finish() end
  end,
})

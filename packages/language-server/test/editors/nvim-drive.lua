-- Run by test/editors.test.ts as `nvim --headless -u NONE -c 'luafile nvim-drive.lua'`: the README's snippet
-- ($FAZHI_SNIPPET), then what a writer does: open a report ($FAZHI_FILE), wait for the diagnostics, ask for
-- completion on line 2. What Neovim saw goes to $FAZHI_OUT as JSON, with the server's PID (to check it exits).
vim.cmd('filetype on')
dofile(os.getenv('FAZHI_SNIPPET'))
vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('FAZHI_FILE')))
local buf = vim.api.nvim_get_current_buf()
vim.wait(30000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
local codes = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  local lsp = d.user_data and d.user_data.lsp
  table.insert(codes, d.code or (lsp and lsp.code) or d.message)
end
local labels = {}
local params = { textDocument = vim.lsp.util.make_text_document_params(buf), position = { line = 1, character = 0 } }
for _, response in pairs(vim.lsp.buf_request_sync(buf, 'textDocument/completion', params, 10000) or {}) do
  local result = response.result or {}
  for _, item in ipairs(result.items or result) do table.insert(labels, item.label) end
end
local pids = {}
for _, client in pairs(vim.lsp.get_active_clients()) do table.insert(pids, client.rpc.pid or -1) end
local v = vim.version()
local out = io.open(os.getenv('FAZHI_OUT'), 'w')
out:write(vim.fn.json_encode({ version = string.format('%d.%d.%d', v.major, v.minor, v.patch), codes = codes, labels = labels, pids = pids }))
out:close()
vim.cmd('qa!')

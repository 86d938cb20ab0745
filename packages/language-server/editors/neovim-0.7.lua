-- Neovim 0.7 (Debian 12's): no vim.lsp.start, no vim.fs. One client for every YAML buffer; the server itself
-- decides which files are reports. 0.7 sends no settings unless pushed, so the defaults apply
-- (`**/*.report.yaml`, packs in `templates/` under the folder Neovim was started in).
local fazhi_client_id
vim.api.nvim_create_autocmd('FileType', {
  pattern = 'yaml',
  callback = function(args)
    if not fazhi_client_id then
      fazhi_client_id = vim.lsp.start_client({
        name = 'fazhi',
        cmd = { 'fazhi-language-server', '--stdio' },
        root_dir = vim.fn.getcwd(),
      })
    end
    vim.lsp.buf_attach_client(args.buf, fazhi_client_id)
  end,
})

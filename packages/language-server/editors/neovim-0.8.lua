-- Neovim 0.8 and 0.9: vim.lsp.start reuses the client for buffers with the same root.
vim.api.nvim_create_autocmd('FileType', {
  pattern = 'yaml',
  callback = function(args)
    local marker = vim.fs.find({ 'templates', '.git' }, { upward = true, path = vim.fs.dirname(vim.api.nvim_buf_get_name(args.buf)) })[1]
    vim.lsp.start({
      name = 'fazhi',
      cmd = { 'fazhi-language-server', '--stdio' },
      root_dir = marker and vim.fs.dirname(marker) or vim.fn.getcwd(),
    })
  end,
})

-- Neovim 0.10: vim.fs.root finds the folder holding `templates/` (or the repository root).
vim.api.nvim_create_autocmd('FileType', {
  pattern = 'yaml',
  callback = function(args)
    vim.lsp.start({
      name = 'fazhi',
      cmd = { 'fazhi-language-server', '--stdio' },
      root_dir = vim.fs.root(args.buf, { 'templates', '.git' }) or vim.fn.getcwd(),
    })
  end,
})

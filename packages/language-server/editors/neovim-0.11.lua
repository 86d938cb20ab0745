-- Neovim 0.11+: vim.lsp.config and vim.lsp.enable (no autocommand needed).
vim.lsp.config('fazhi', {
  cmd = { 'fazhi-language-server', '--stdio' },
  filetypes = { 'yaml' },
  root_markers = { 'templates', '.git' },
})
vim.lsp.enable('fazhi')

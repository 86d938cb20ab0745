;; Emacs 29+ (eglot built in), or Emacs 28 with Debian's elpa-eglot and elpa-yaml-mode.
(require 'eglot)
(require 'yaml-mode)
(add-to-list 'eglot-server-programs '(yaml-mode . ("fazhi-language-server" "--stdio")))
(add-hook 'yaml-mode-hook #'eglot-ensure)

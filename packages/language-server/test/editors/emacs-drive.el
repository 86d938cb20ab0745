;; Run by test/editors.test.ts as `emacs --batch -l <the README's snippet> -l emacs-drive.el`: open a report
;; ($FAZHI_FILE), wait for the server's diagnostics, ask for completion on line 2; what Emacs saw goes to
;; $FAZHI_OUT as JSON, with the server's PID (to check it exits).
(require 'json)
(defvar fazhi-diagnostics nil)
(advice-add 'eglot-handle-notification :before
            (lambda (_server method &rest params)
              (when (eq method 'textDocument/publishDiagnostics)
                (setq fazhi-diagnostics (or (plist-get params :diagnostics) [])))))
(find-file (getenv "FAZHI_FILE"))
;; eglot-ensure connects after the current command; a batch run has none, so run that hook once.
(run-hooks 'post-command-hook)
(with-timeout (30 nil)
  (while (not fazhi-diagnostics) (accept-process-output nil 0.1)))
(let* ((server (eglot-current-server))
       (result (jsonrpc-request server :textDocument/completion
                                (list :textDocument (eglot--TextDocumentIdentifier)
                                      :position (list :line 1 :character 0))))
       (items (if (vectorp result) result (plist-get result :items))))
  (with-temp-file (getenv "FAZHI_OUT")
    (insert (json-encode
             (list :version emacs-version
                   :codes (mapcar (lambda (d) (plist-get d :code)) fazhi-diagnostics)
                   :labels (mapcar (lambda (i) (plist-get i :label)) items)
                   :pids (vector (process-id (jsonrpc--process server))))))))
(kill-emacs 0)

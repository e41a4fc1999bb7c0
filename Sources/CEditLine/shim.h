#ifndef CEDITLINE_SHIM_H
#define CEDITLINE_SHIM_H

/* libedit's native API (histedit.h). el_set, el_get and history() are C variadics, which Swift cannot call,
   so each use is wrapped in a non-variadic inline function. Mutable C globals (stdin, stdout, stderr) are
   wrapped too: Swift 6 refuses to reference them directly. */

#include <stdio.h>
#include <signal.h>
#include <histedit.h>

typedef char *(*ceditline_prompt_fn)(EditLine *);
typedef unsigned char (*ceditline_command_fn)(EditLine *, int);

static inline int ceditline_set_prompt(EditLine *el, ceditline_prompt_fn fn) { return el_set(el, EL_PROMPT, fn); }
/* Like ceditline_set_prompt; characters between two `delimiter`s are terminal escapes that take no room. */
static inline int ceditline_set_prompt_esc(EditLine *el, ceditline_prompt_fn fn, char delimiter) {
    return el_set(el, EL_PROMPT_ESC, fn, delimiter);
}
static inline int ceditline_set_editor(EditLine *el, const char *mode) { return el_set(el, EL_EDITOR, mode); }
static inline int ceditline_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }
static inline int ceditline_set_history(EditLine *el, History *h) { return el_set(el, EL_HIST, history, h); }
static inline int ceditline_add_function(EditLine *el, const char *name, const char *help, ceditline_command_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}
static inline int ceditline_bind(EditLine *el, const char *key, const char *command) {
    return el_set(el, EL_BIND, key, command, (const char *)NULL);
}
static inline int ceditline_set_clientdata(EditLine *el, void *data) { return el_set(el, EL_CLIENTDATA, data); }
static inline void *ceditline_get_clientdata(EditLine *el) { void *d = NULL; el_get(el, EL_CLIENTDATA, &d); return d; }

static inline int ceditline_history_setsize(History *h, int size) { HistEvent ev; return history(h, &ev, H_SETSIZE, size); }
static inline int ceditline_history_setunique(History *h, int u) { HistEvent ev; return history(h, &ev, H_SETUNIQUE, u); }
static inline int ceditline_history_enter(History *h, const char *line) { HistEvent ev; return history(h, &ev, H_ENTER, line); }
static inline int ceditline_history_load(History *h, const char *path) { HistEvent ev; return history(h, &ev, H_LOAD, path); }
static inline int ceditline_history_save(History *h, const char *path) { HistEvent ev; return history(h, &ev, H_SAVE, path); }

static inline FILE *ceditline_stdin(void) { return stdin; }
static inline FILE *ceditline_stdout(void) { return stdout; }
static inline FILE *ceditline_stderr(void) { return stderr; }

#endif

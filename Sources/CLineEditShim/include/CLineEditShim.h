// The only interface Swift sees for libedit. libedit's entry points (el_set,
// el_get, history) are C variadic functions, which Swift cannot call, so every
// use lives behind a fixed-signature function here. No libedit type leaks out:
// Swift holds an opaque `nd_editor *` and plain C strings.
#ifndef CLINEEDITSHIM_H
#define CLINEEDITSHIM_H

#include <stddef.h>

#pragma clang assume_nonnull begin

/// Owns one EditLine and its History. Opaque so Swift never imports histedit.h.
typedef struct nd_editor nd_editor;

/// Brackets prompt bytes that take no screen columns (ANSI colour escapes), so
/// libedit measures the prompt width correctly (EL_PROMPT_ESC).
#define ND_PROMPT_IGNORE 1

typedef enum nd_read_status {
  ND_READ_LINE = 0,       // a line was entered
  ND_READ_CANCELLED = 1,  // Ctrl-C: the line was abandoned
  ND_READ_END = 2         // Ctrl-D on an empty line, or a read error
} nd_read_status;

/// What libedit should do after a completion attempt.
typedef enum nd_complete_outcome {
  ND_COMPLETE_REFRESH = 0,    // the line changed: redraw it
  ND_COMPLETE_REDISPLAY = 1,  // something was printed below: redraw prompt and line
  ND_COMPLETE_ERROR = 2       // nothing to do: beep
} nd_complete_outcome;

/// Called on Tab with the UTF-8 text before the cursor (not NUL-terminated at
/// `length`). `context` is the pointer given to nd_editor_set_completer; this is
/// how Swift finds its object without capturing a closure as a C pointer.
typedef nd_complete_outcome (*nd_complete_fn)(void *_Nullable context,
                                              const char *before_cursor,
                                              size_t length);

/// Sets a UTF-8 locale, then starts libedit on stdin/stdout in emacs mode with
/// history, Ctrl-R search, Ctrl-C cancel and Tab completion. NULL on failure.
nd_editor *_Nullable nd_editor_create(const char *program_name, int history_limit);
void nd_editor_destroy(nd_editor *editor);

/// Copies `prompt`; bytes between ND_PROMPT_IGNORE pairs take no columns.
void nd_editor_set_prompt(nd_editor *editor, const char *prompt);
void nd_editor_set_completer(nd_editor *editor, nd_complete_fn _Nullable complete,
                             void *_Nullable context);

/// Reads one line. On ND_READ_LINE/ND_READ_CANCELLED, *line points at `*length`
/// bytes owned by libedit, valid until the next call.
nd_read_status nd_editor_read(nd_editor *editor, const char *_Nullable *_Nonnull line,
                              int *length);

// Editing the line from inside a completion callback.
/// Deletes `count` code points before the cursor; does nothing if there are fewer.
void nd_editor_delete_before_cursor(nd_editor *editor, int count);
/// Inserts UTF-8 text at the cursor. Returns 0, or -1 if libedit refused it.
int nd_editor_insert(nd_editor *editor, const char *text);
/// Terminal width in columns as libedit sees it (80 if unknown).
int nd_editor_columns(nd_editor *editor);
/// Columns a code point takes on screen, as libedit itself measures it (wcwidth):
/// 2 for CJK and most emoji, 0 for combining marks, -1 for control characters.
int nd_column_width(unsigned int code_point);
/// Writes text to libedit's output stream and flushes it, so it cannot be
/// reordered with libedit's own drawing.
void nd_editor_print(nd_editor *editor, const char *text);

// History.
/// Loads a history file written by nd_history_list_save_fd. Returns entries read or -1.
int nd_history_load(nd_editor *editor, const char *path);
/// Adds one entry (duplicates of the newest entry are dropped by libedit).
void nd_history_add(nd_editor *editor, const char *line);
/// The newest entry, or NULL if the history is empty. Valid until the next call.
const char *_Nullable nd_history_newest(nd_editor *editor);
/// Entry `back` steps older than the newest (0 is the newest), or NULL past the oldest.
const char *_Nullable nd_history_older(nd_editor *editor, int back);

/// A history list without a terminal, used to merge the history file on save.
typedef struct nd_history nd_history;
/// Keeps at most `limit` entries (the oldest go first) and drops consecutive duplicates.
nd_history *_Nullable nd_history_create(int limit);
void nd_history_destroy(nd_history *list);
/// Appends the entries of a history file. Returns entries read, or -1.
int nd_history_list_load(nd_history *list, const char *path);
void nd_history_list_add(nd_history *list, const char *line);
/// Writes the list to `fd` in libedit's format and closes it. Returns 0, or an errno value.
int nd_history_list_save_fd(nd_history *list, int fd);

/// Makes SIGINT harmless for the whole process (see LineEditShim.c for why).
void nd_guard_sigint(void);

#pragma clang assume_nonnull end

#endif

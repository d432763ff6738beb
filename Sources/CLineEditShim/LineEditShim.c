// wcwidth is an X/Open function; glibc declares it only when asked.
#define _XOPEN_SOURCE 700
// strcasestr, for the history search.
#define _GNU_SOURCE

// Every call into libedit in newsdesk happens in this file. Each function is a
// fixed-signature wrapper because Swift cannot call C variadic functions.
#include "CLineEditShim.h"

#include <errno.h>
#include <histedit.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include <wchar.h>

struct nd_editor {
  EditLine *el;
  History *history;
  HistEvent event;
  char *prompt;
  int cancelled;
  nd_complete_fn complete;
  void *complete_context;
};

static char empty_prompt[] = "";

static nd_editor *editor_of(EditLine *el) {
  nd_editor *editor = NULL;
  el_get(el, EL_CLIENTDATA, &editor);
  return editor;
}

static char *prompt_text(EditLine *el) {
  nd_editor *editor = editor_of(el);
  return (editor && editor->prompt) ? editor->prompt : empty_prompt;
}

// Replaces the whole line with `text` (counts are in characters, as libedit's are).
static void replace_line(EditLine *el, const char *text) {
  const LineInfoW *line = el_wline(el);
  el_cursor(el, (int)(line->lastchar - line->cursor));
  line = el_wline(el);
  el_deletestr(el, (int)(line->cursor - line->buffer));
  if (text && *text) el_insertstr(el, text);
}

// Redraws the prompt and line from the start of the screen line: EL_REFRESH forgets
// what libedit last drew and draws from column 0, so the cursor must be taken there.
static void redraw(EditLine *el) {
  fputs("\r\033[K", stdout);
  fflush(stdout);
  el_set(el, EL_REFRESH);
}

// The newest history entry holding `pattern` (case aside), after skipping `skip` such entries.
static const char *find_in_history(nd_editor *editor, const char *pattern, int skip) {
  if (!*pattern) return NULL;
  HistEvent event;
  int found = 0;
  for (int status = history(editor->history, &event, H_FIRST); status >= 0;
       status = history(editor->history, &event, H_NEXT)) {
    if (strcasestr(event.str, pattern) && found++ == skip) return event.str;
  }
  return NULL;
}

// Bound to ^R: a reverse incremental search that says what it is doing, as readline
// does ("(search) 'rub': who did Rubio meet?"), where libedit's own shows "bck:".
// Typing narrows, ^R finds an older match, Backspace widens, Enter runs the line, ^G or
// ^C puts the line back as it was, and any other key keeps the match and is then read
// as usual (so arrows and ^A/^E start editing it).
static unsigned char reverse_search(EditLine *el, int ch) {
  (void)ch;
  nd_editor *editor = editor_of(el);
  if (!editor) return CC_ERROR;
  const LineInfo *info = el_line(el);
  char *original = strndup(info->buffer, (size_t)(info->lastchar - info->buffer));
  char *saved_prompt = editor->prompt;
  editor->prompt = NULL;
  char pattern[256] = "";
  size_t length = 0;
  int skip = 0;
  const char *match = NULL;
  unsigned char outcome = CC_REDISPLAY;
  for (;;) {
    const char *found = find_in_history(editor, pattern, skip);
    if (found) {
      match = found;
    } else if (skip > 0) {
      skip--;  // no older match: stay on the last one
    }
    char prompt[320];
    snprintf(prompt, sizeof prompt, "(%ssearch) '%s': ",
             (length > 0 && !found) ? "failed " : "", pattern);
    free(editor->prompt);
    editor->prompt = strdup(prompt);
    replace_line(el, match ? match : original);
    redraw(el);
    char key;
    if (el_getc(el, &key) != 1) break;
    if (key == '\r' || key == '\n') {
      outcome = CC_NEWLINE;
      break;
    } else if (key == 0x12) {  // ^R
      skip++;
    } else if (key == 0x7F || key == 0x08) {
      if (length > 0) pattern[--length] = '\0';
      skip = 0;
      if (length == 0) match = NULL;
    } else if (key == 0x07 || key == 0x03) {  // ^G, ^C
      replace_line(el, original);
      break;
    } else if ((unsigned char)key >= 0x20 && length + 1 < sizeof pattern) {
      pattern[length++] = key;
      pattern[length] = '\0';
      skip = 0;
    } else {
      char pushed[2] = {key, '\0'};
      el_push(el, pushed);
      break;
    }
  }
  free(editor->prompt);
  editor->prompt = saved_prompt;
  free(original);
  // The line as it will run, after the usual prompt.
  redraw(el);
  return outcome;
}

// Bound to ^C. The tty's ISIG is off while editing, so ^C arrives here as a key
// instead of as SIGINT. Ending the read with CC_NEWLINE hands the abandoned line
// back; the flag tells nd_editor_read to report it as cancelled.
static unsigned char cancel_line(EditLine *el, int ch) {
  (void)ch;
  nd_editor *editor = editor_of(el);
  const LineInfo *info = el_line(el);
  // The terminal cursor sits at the edit cursor; rewriting the (already shown)
  // rest of the line moves it past the text, so "^C" lands after everything.
  fwrite(info->cursor, 1, (size_t)(info->lastchar - info->cursor), stdout);
  fputs("^C\n", stdout);
  fflush(stdout);
  if (editor) editor->cancelled = 1;
  return CC_NEWLINE;
}

// Bound to ^I. The decision logic is in Swift; this only passes the text
// before the cursor and maps the answer to libedit's return codes.
static unsigned char complete_word(EditLine *el, int ch) {
  (void)ch;
  nd_editor *editor = editor_of(el);
  if (!editor || !editor->complete) return CC_ERROR;
  const LineInfo *info = el_line(el);
  size_t length = (size_t)(info->cursor - info->buffer);
  switch (editor->complete(editor->complete_context, info->buffer, length)) {
    case ND_COMPLETE_REFRESH: return CC_REFRESH;
    case ND_COMPLETE_REDISPLAY: return CC_REDISPLAY;
    default: return CC_ERROR;  // libedit beeps on CC_ERROR
  }
}

// libedit decodes keystrokes with the C library's multibyte functions, so
// without a UTF-8 LC_CTYPE every non-ASCII character is dropped.
static void prepare_locale(void) {
  setlocale(LC_ALL, "");
  // Keep number formatting stable for the rest of the process ("3.5", never
  // "3,5"); only character handling should follow the user's locale.
  setlocale(LC_NUMERIC, "C");
  const char *codeset = nl_langinfo(CODESET);
  if (!codeset || (strcasecmp(codeset, "UTF-8") != 0 && strcasecmp(codeset, "utf8") != 0)) {
    setlocale(LC_CTYPE, "C.UTF-8");
  }
}

nd_editor *nd_editor_create(const char *program_name, int history_limit) {
  prepare_locale();
  nd_editor *editor = calloc(1, sizeof *editor);
  if (!editor) return NULL;
  editor->el = el_init(program_name, stdin, stdout, stderr);
  editor->history = history_init();
  if (!editor->el || !editor->history) {
    nd_editor_destroy(editor);
    return NULL;
  }
  history(editor->history, &editor->event, H_SETSIZE, history_limit > 0 ? history_limit : 1);
  history(editor->history, &editor->event, H_SETUNIQUE, 1);

  EditLine *el = editor->el;
  el_set(el, EL_CLIENTDATA, (void *)editor);
  el_set(el, EL_EDITOR, "emacs");
  // EL_SIGNAL stays off: libedit's own SIGINT handler restores the tty and
  // re-raises the signal with the default action, which kills the process.
  el_set(el, EL_SIGNAL, 0);
  el_set(el, EL_PROMPT_ESC, prompt_text, ND_PROMPT_IGNORE);
  el_set(el, EL_HIST, history, editor->history);
  // With ISIG off in edit mode, ^C is an ordinary key that cancel_line handles.
  el_set(el, EL_SETTY, "-d", "-isig", NULL);
  el_set(el, EL_ADDFN, "nd-cancel-line", "Abandon the line being typed", cancel_line);
  el_set(el, EL_BIND, "^C", "nd-cancel-line", NULL);
  el_set(el, EL_ADDFN, "nd-complete", "Complete the word before the cursor", complete_word);
  el_set(el, EL_BIND, "^I", "nd-complete", NULL);
  el_set(el, EL_ADDFN, "nd-reverse-search", "Search history, newest first", reverse_search);
  el_set(el, EL_BIND, "^R", "nd-reverse-search", NULL);
  return editor;
}

void nd_editor_destroy(nd_editor *editor) {
  if (editor->el) el_end(editor->el);
  if (editor->history) history_end(editor->history);
  free(editor->prompt);
  free(editor);
}

void nd_editor_set_prompt(nd_editor *editor, const char *prompt) {
  char *copy = strdup(prompt);
  if (!copy) return;  // keep the old prompt rather than none
  free(editor->prompt);
  editor->prompt = copy;
}

void nd_editor_set_completer(nd_editor *editor, nd_complete_fn complete, void *context) {
  editor->complete = complete;
  editor->complete_context = context;
}

nd_read_status nd_editor_read(nd_editor *editor, const char **line, int *length) {
  // EL_SIGNAL is off, so libedit does not track SIGWINCH; re-reading the size
  // before each line keeps wrapping right after the window was resized.
  el_resize(editor->el);
  editor->cancelled = 0;
  int count = 0;
  const char *text = el_gets(editor->el, &count);
  *line = text;
  *length = count > 0 ? count : 0;
  if (editor->cancelled) return ND_READ_CANCELLED;
  if (!text || count <= 0) {  // 0: Ctrl-D; -1: read error
    // libedit echoes "^D" without a newline; end the line so whatever the shell
    // prints next starts in column 0.
    fputs("\n", stdout);
    fflush(stdout);
    return ND_READ_END;
  }
  return ND_READ_LINE;
}

void nd_editor_delete_before_cursor(nd_editor *editor, int count) {
  // libedit's buffer holds wchar_t, so the count is in code points.
  if (count > 0) el_wdeletestr(editor->el, count);
}

int nd_editor_insert(nd_editor *editor, const char *text) {
  if (!*text) return 0;  // el_insertstr rejects "", which is not an error here
  return el_insertstr(editor->el, text) == 0 ? 0 : -1;
}

int nd_editor_columns(nd_editor *editor) {
  int columns = 0;
  if (el_get(editor->el, EL_GETTC, "co", &columns) != 0 || columns <= 0) return 80;
  return columns;
}

int nd_column_width(unsigned int code_point) { return wcwidth((wchar_t)code_point); }

void nd_editor_print(nd_editor *editor, const char *text) {
  (void)editor;  // el_init was given stdout; the parameter keeps the call sites honest
  fputs(text, stdout);
  fflush(stdout);
}

int nd_history_load(nd_editor *editor, const char *path) {
  return history(editor->history, &editor->event, H_LOAD, path);
}

void nd_history_add(nd_editor *editor, const char *line) {
  history(editor->history, &editor->event, H_ENTER, line);
}

const char *nd_history_newest(nd_editor *editor) {
  if (history(editor->history, &editor->event, H_FIRST) < 0) return NULL;
  return editor->event.str;
}

const char *nd_history_older(nd_editor *editor, int back) {
  if (history(editor->history, &editor->event, H_FIRST) < 0) return NULL;
  for (int step = 0; step < back; step++) {
    if (history(editor->history, &editor->event, H_NEXT) < 0) return NULL;
  }
  return editor->event.str;
}

// H_SAVE_FP rather than H_SAVE: H_SAVE ignores write and close errors, so a
// full disk would look like success and the rename would lose the history.
static int save_fd(History *list, HistEvent *event, int fd) {
  FILE *file = fdopen(fd, "w");
  if (!file) {
    int error = errno;
    close(fd);
    return error;
  }
  errno = 0;
  int saved = history(list, event, H_SAVE_FP, file);
  int error = saved < 0 ? (errno ? errno : EIO) : 0;
  if (fflush(file) != 0 && !error) error = errno;
  if (ferror(file) && !error) error = EIO;
  if (fclose(file) != 0 && !error) error = errno;
  return error;
}

// A history list with no terminal attached: the history file is merged through
// one of these (read what is on disk, append this session's lines, write it
// out), so saving never depends on the editor's own list.
struct nd_history {
  History *history;
  HistEvent event;
};

nd_history *nd_history_create(int limit) {
  nd_history *list = calloc(1, sizeof *list);
  if (!list) return NULL;
  list->history = history_init();
  if (!list->history) {
    free(list);
    return NULL;
  }
  history(list->history, &list->event, H_SETSIZE, limit > 0 ? limit : 1);
  history(list->history, &list->event, H_SETUNIQUE, 1);
  return list;
}

void nd_history_destroy(nd_history *list) {
  history_end(list->history);
  free(list);
}

int nd_history_list_load(nd_history *list, const char *path) {
  return history(list->history, &list->event, H_LOAD, path);
}

void nd_history_list_add(nd_history *list, const char *line) {
  history(list->history, &list->event, H_ENTER, line);
}

int nd_history_list_save_fd(nd_history *list, int fd) {
  return save_fd(list->history, &list->event, fd);
}

static void ignore_interrupt(int signal_number) { (void)signal_number; }

// While a line is being edited ^C never raises SIGINT (ISIG is off), but at any
// other moment (while an answer is computed, or from `kill -INT`) the default
// action would end the shell and lose the session. A no-op handler rather than
// SIG_IGN: a handled signal reverts to its default in exec'd children, an
// ignored one would stay ignored there. SA_RESTART keeps reads from failing
// with EINTR. Ctrl-\ (SIGQUIT) still ends a stuck process.
void nd_guard_sigint(void) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = ignore_interrupt;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESTART;
  sigaction(SIGINT, &action, NULL);
}

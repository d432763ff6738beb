// libxml2 as a system library, for CMarkupShim only: its pkg-config file supplies the
// header path (/usr/include/libxml2). Swift never imports this module: libxml2's headers
// include the system ICU, which clashes with Foundation's (see CMarkupShim.h).
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

// The only interface Swift sees for libxml2. Two reasons for a shim: the parser options
// (network off, entities never expanded, no external DTD, errors recovered from and never
// printed) are fixed in one audited place; and libxml2's headers pull in the system ICU,
// whose types clash with Foundation's own copy, so no libxml2 header may reach Swift.
// Swift holds opaque pointers and reads the tree through these accessors
// (MarkupDocument.swift).
#ifndef CMARKUPSHIM_H
#define CMARKUPSHIM_H

#pragma clang assume_nonnull begin

typedef struct nd_markup_doc nd_markup_doc;
typedef struct nd_markup_node nd_markup_node;

typedef enum nd_node_kind {
  ND_NODE_ELEMENT = 1,
  ND_NODE_TEXT = 2,   // text or CDATA
  ND_NODE_OTHER = 3   // comments, processing instructions, entity references, ...
} nd_node_kind;

/// Initialises libxml2 once per process; call before parsing from several threads.
void nd_markup_init(void);

/// Parses an HTML page with HTML_PARSE_RECOVER | HTML_PARSE_NONET and errors silenced.
/// `encoding` overrides the page's declaration (NULL: trust it). NULL if nothing parsed.
nd_markup_doc *_Nullable nd_markup_read_html(const char *bytes, int length,
                                             const char *_Nullable encoding);

/// Parses XML with XML_PARSE_NONET and errors silenced, without XML_PARSE_NOENT (entity
/// references stay references), XML_PARSE_DTDLOAD (no external DTD or entity is fetched) or
/// XML_PARSE_HUGE (libxml2 keeps its limits on entity expansion and depth).
nd_markup_doc *_Nullable nd_markup_read_xml(const char *bytes, int length);

void nd_markup_free(nd_markup_doc *doc);

/// The root element, or NULL.
nd_markup_node *_Nullable nd_markup_root(nd_markup_doc *doc);

nd_node_kind nd_markup_kind(nd_markup_node *node);
/// An element's local name (UTF-8, owned by the document), or NULL.
const char *_Nullable nd_markup_name(nd_markup_node *node);
/// A text node's UTF-8 text (owned by the document), or NULL.
const char *_Nullable nd_markup_text(nd_markup_node *node);
/// Tree links. Children are given for elements only: never an entity's expansion.
nd_markup_node *_Nullable nd_markup_first_child(nd_markup_node *node);
nd_markup_node *_Nullable nd_markup_next(nd_markup_node *node);
nd_markup_node *_Nullable nd_markup_parent(nd_markup_node *node);

/// An element's attribute whose name equals `name` ignoring ASCII case, as newly allocated
/// UTF-8 for the caller to release with nd_markup_free_string; NULL if absent.
char *_Nullable nd_markup_attribute(nd_markup_node *node, const char *name);
void nd_markup_free_string(char *text);
/// Whether an element has any attribute: most have none, and asking is cheaper than a lookup.
int nd_markup_has_attributes(nd_markup_node *node);

#pragma clang assume_nonnull end

#endif

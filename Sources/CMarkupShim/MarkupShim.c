#include "CMarkupShim.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <strings.h>

void nd_markup_init(void) { xmlInitParser(); }

nd_markup_doc *nd_markup_read_html(const char *bytes, int length, const char *encoding) {
  int options = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                HTML_PARSE_NOWARNING | HTML_PARSE_COMPACT;
  return (nd_markup_doc *)htmlReadMemory(bytes, length, NULL, encoding, options);
}

nd_markup_doc *nd_markup_read_xml(const char *bytes, int length) {
  // Deliberately absent: XML_PARSE_NOENT (expansion of entities into the text, the door to
  // XXE and billion laughs), XML_PARSE_DTDLOAD / XML_PARSE_DTDATTR (loading external DTDs),
  // XML_PARSE_HUGE (lifting libxml2's limits).
  int options = XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOERROR |
                XML_PARSE_NOWARNING | XML_PARSE_NOCDATA | XML_PARSE_COMPACT;
  return (nd_markup_doc *)xmlReadMemory(bytes, length, NULL, NULL, options);
}

void nd_markup_free(nd_markup_doc *doc) { xmlFreeDoc((xmlDocPtr)doc); }

nd_markup_node *nd_markup_root(nd_markup_doc *doc) {
  return (nd_markup_node *)xmlDocGetRootElement((xmlDocPtr)doc);
}

nd_node_kind nd_markup_kind(nd_markup_node *node) {
  switch (((xmlNodePtr)node)->type) {
  case XML_ELEMENT_NODE: return ND_NODE_ELEMENT;
  case XML_TEXT_NODE:
  case XML_CDATA_SECTION_NODE: return ND_NODE_TEXT;
  default: return ND_NODE_OTHER;
  }
}

const char *nd_markup_name(nd_markup_node *node) {
  xmlNodePtr n = (xmlNodePtr)node;
  return n->type == XML_ELEMENT_NODE ? (const char *)n->name : NULL;
}

const char *nd_markup_text(nd_markup_node *node) {
  xmlNodePtr n = (xmlNodePtr)node;
  if (n->type != XML_TEXT_NODE && n->type != XML_CDATA_SECTION_NODE) return NULL;
  return (const char *)n->content;
}

nd_markup_node *nd_markup_first_child(nd_markup_node *node) {
  xmlNodePtr n = (xmlNodePtr)node;
  // An entity reference's children are the entity's own content: following them would
  // expand it, which is exactly what must not happen.
  return n->type == XML_ELEMENT_NODE ? (nd_markup_node *)n->children : NULL;
}

nd_markup_node *nd_markup_next(nd_markup_node *node) {
  return (nd_markup_node *)((xmlNodePtr)node)->next;
}

nd_markup_node *nd_markup_parent(nd_markup_node *node) {
  return (nd_markup_node *)((xmlNodePtr)node)->parent;
}

char *nd_markup_attribute(nd_markup_node *node, const char *name) {
  xmlNodePtr n = (xmlNodePtr)node;
  if (n->type != XML_ELEMENT_NODE) return NULL;
  for (xmlAttrPtr attribute = n->properties; attribute; attribute = attribute->next) {
    if (attribute->name && strcasecmp((const char *)attribute->name, name) == 0) {
      // Text children only: an entity reference in an attribute is left out, not expanded.
      xmlBufferPtr buffer = xmlBufferCreate();
      if (!buffer) return NULL;
      for (xmlNodePtr child = attribute->children; child; child = child->next) {
        if (child->type == XML_TEXT_NODE && child->content) xmlBufferCat(buffer, child->content);
      }
      char *result = (char *)xmlStrdup(xmlBufferContent(buffer));
      xmlBufferFree(buffer);
      return result;
    }
  }
  return NULL;
}

void nd_markup_free_string(char *text) { xmlFree(text); }

int nd_markup_has_attributes(nd_markup_node *node) {
  xmlNodePtr n = (xmlNodePtr)node;
  return n->type == XML_ELEMENT_NODE && n->properties != NULL;
}

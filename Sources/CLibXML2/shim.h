// libxml2 is built with ICU, and its encoding header then includes the system's ICU headers,
// which clash with the copy of ICU inside Foundation. SkillGap uses no encoding handler
// fields (only pointers to them), so the ICU part of the header is left out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

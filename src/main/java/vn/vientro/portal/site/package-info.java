/** The portal's frame: languages and their addresses, the public layout's head, caching, site map and robots. */
@org.jspecify.annotations.NullMarked
package vn.vientro.portal.site;

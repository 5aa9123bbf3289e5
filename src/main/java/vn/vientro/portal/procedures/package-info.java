/**
 * Administrative procedures on the portal (issue 15 point 4): a page per procedure for receiving aid by kind and for
 * foreign NGOs' duties, with the focal point's text (sanitised rich text, both languages), the dossier's papers and
 * time limits read from the aid module's configuration, and forms to download.
 */
@org.jspecify.annotations.NullMarked
package vn.vientro.portal.procedures;

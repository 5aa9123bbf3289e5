package vn.vientro.portal.catalogue;

import java.util.List;

/** The options of the catalogue's filter in one language. */
public record FilterChoices(List<Choice> fields, List<Choice> sectors, List<Choice> communes, List<Choice> periods) {
}

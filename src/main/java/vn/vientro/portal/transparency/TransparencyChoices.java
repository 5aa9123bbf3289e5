package vn.vientro.portal.transparency;

import java.util.List;
import vn.vientro.portal.catalogue.Choice;

/** The options of the transparency list's filter in one language. */
public record TransparencyChoices(List<Choice> communes, List<Choice> sectors, List<Choice> fields,
                                  List<Choice> countries, List<Choice> years) {
}

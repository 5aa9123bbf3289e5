package vn.vientro.reference.adminunit;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.vientro.platform.YamlResource;

/**
 * How the loader writes units beside the bundled files: {@code reference/vn-admin/naming.yml}, where each rule notes
 * its source.
 *
 * @param former                 the mark ending a pre-2025 unit's path, in each language
 * @param districtAbbreviations  district types written short in a Vietnamese path ("Thành phố" → "TP")
 * @param codeAliases            the GSO letter's codes the unit files write differently
 */
record UnitNaming(Former former, List<Abbreviation> districtAbbreviations, CodeAliases codeAliases) {

    static final String FILE = "reference/vn-admin/naming.yml";

    static UnitNaming read() {
        return YamlResource.read(FILE, "naming", UnitNaming.class);
    }

    record Former(String vi, String en) {
    }

    record Abbreviation(String type, String shortForm) {
    }

    record CodeAliases(String note, List<Alias> codes) {

        Map<String, String> byAlias() {
            return codes.stream().collect(Collectors.toMap(Alias::alias, Alias::code));
        }
    }

    record Alias(String alias, String code) {
    }

    /** "TP Vĩnh Yên" for "Thành phố Vĩnh Yên"; other districts as they are. */
    String abbreviated(String districtName) {
        return districtAbbreviations.stream().filter(a -> districtName.startsWith(a.type() + " ")).findFirst()
                .map(a -> a.shortForm() + districtName.substring(a.type().length())).orElse(districtName);
    }
}

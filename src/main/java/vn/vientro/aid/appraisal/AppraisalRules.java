package vn.vientro.aid.appraisal;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.vientro.aid.AidKind;
import vn.vientro.aid.LegalBasis;

/**
 * The appraisal's own configuration ({@code aid-appraisal.yml}): whose opinion is asked by default for each kind of
 * aid, with its legal source, and the province's texts for the drafts in the Decree 30/2020 layout.
 *
 * @param defaultTopics       the topics proposed for each kind; the appraiser edits the set before sending
 * @param defaultTopicsSource the legal source of that set
 */
@ConfigurationProperties("vientro.aid.appraisal")
public record AppraisalRules(@DefaultValue Map<AidKind, List<OpinionTopic>> defaultTopics,
                             String defaultTopicsSource, Drafts drafts) {

    public List<OpinionTopic> defaultTopics(AidKind kind) {
        return defaultTopics.getOrDefault(kind, List.of());
    }

    /** @param place the place name of the dateline, "Phú Thọ, ngày …" */
    public record Drafts(String place, Report report, Decision decision) {
    }

    /**
     * The appraisal report (báo cáo kết quả thẩm định) the lead sends to the People's Committee.
     *
     * @param issuerParent the body above the issuer ("UBND TỈNH PHÚ THỌ")
     * @param leadName     the lead as named in running text ("Sở Tài chính")
     * @param signer       the signature block's title lines
     */
    public record Report(String issuerParent, String issuer, String symbol, String addressee, String leadName,
                         List<String> signer, List<String> recipients) {
    }

    /**
     * The approval decision (quyết định phê duyệt) drafted for the competent authority.
     *
     * @param issuer     the issuing body's lines
     * @param authority  the line naming who decides ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …") while no People's Committee
     *                   is recorded among the agencies, whose head's title names it otherwise
     * @param proposer   who proposes the decision ("Giám đốc Sở Tài chính") while no appraisal lead is recorded
     * @param bases      the legal bases cited before the item's own decree
     * @param legalBasis the citation of each decree an item may fall under
     */
    public record Decision(List<String> issuer, String symbol, String authority, String proposer, String reportSymbol,
                           List<String> signer, List<String> bases, Map<LegalBasis, String> legalBasis,
                           List<String> recipients) {
    }
}

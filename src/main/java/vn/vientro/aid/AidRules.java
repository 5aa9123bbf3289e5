package vn.vientro.aid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rules of the aid process that come from law: which decree applies from when, time limits, who approves, which
 * changes need a new decision. Configuration with the legal source beside each, so a new decree needs no code change.
 * Several figures are not confirmed from the primary text (DOMAIN.md marks them): the defaults are the guide's.
 *
 * @param d313From             the day Decree 313/2025 replaced Decree 80/2020
 * @param completenessCheck    to return an incomplete dossier
 * @param appraisalInvestment  appraisal of an investment programme or project, from the complete dossier
 * @param appraisalOther       appraisal of technical assistance and non-project aid
 * @param opinion              for each agency asked for its opinion
 * @param silenceMeansConsent  an agency that has not answered by its due date is taken to agree
 * @param decision             for the competent authority to decide after the appraisal report
 * @param emergencyDecision    emergency relief: decision after the complete dossier (Decree 50/2020)
 * @param emergencyUse         emergency relief is used within this long of the disaster
 * @param settlement           settlement (quyết toán) after the actual end date
 * @param resultsReport        the actual values of a results-framework period, after the period ends
 * @param authorities          who approves what; the first rule that matches wins
 * @param defaultAuthority     the approver when no rule matches
 * @param amendment            which changes go back to the original approver
 */
@ConfigurationProperties("vientro.aid")
public record AidRules(
        @DefaultValue("2025-12-08") LocalDate d313From,
        @DefaultValue("VT") String codePrefix,
        TimeLimit completenessCheck,
        TimeLimit appraisalInvestment,
        TimeLimit appraisalOther,
        TimeLimit opinion,
        @DefaultValue("false") boolean silenceMeansConsent,
        TimeLimit decision,
        TimeLimit emergencyDecision,
        TimeLimit emergencyUse,
        TimeLimit settlement,
        TimeLimit resultsReport,
        @DefaultValue List<ApprovalAuthority> authorities,
        Authority defaultAuthority,
        AmendmentRule amendment) {

    /** The decree a decision taken on {@code day} falls under. */
    public LegalBasis legalBasisOn(LocalDate day, AidKind kind) {
        if (kind.isEmergency()) {
            return LegalBasis.D50;
        }
        return day.isBefore(d313From) ? LegalBasis.D80 : LegalBasis.D313;
    }

    public TimeLimit appraisalLimit(AidKind kind) {
        return kind == AidKind.PROGRAMME || kind == AidKind.INVESTMENT_PROJECT ? appraisalInvestment : appraisalOther;
    }

    /** Who must approve an item of this kind, field and value in USD. */
    public Authority authorityFor(AidKind kind, @Nullable String priorityField, @Nullable Set<String> sectorCodes,
                                  @Nullable BigDecimal valueUsd) {
        return authorities.stream().filter(rule -> rule.matches(kind, priorityField, sectorCodes, valueUsd))
                .map(ApprovalAuthority::authority).findFirst().orElse(defaultAuthority);
    }

    /** An approver, named in both languages, with the source of its competence. */
    public record Authority(String nameVi, String nameEn, String source) {
    }

    /**
     * One approval-authority rule (DOMAIN.md §3: {@code field, valueBand, kind → approver}); empty lists match any.
     *
     * @param sectorPrefixes DAC codes or their leading digits (152 = conflict, peace and security)
     */
    public record ApprovalAuthority(@DefaultValue List<AidKind> kinds, @DefaultValue List<String> priorityFields,
                                    @DefaultValue List<String> sectorPrefixes, @Nullable BigDecimal minUsd,
                                    Authority authority) {

        boolean matches(AidKind kind, @Nullable String priorityField, @Nullable Set<String> sectorCodes,
                        @Nullable BigDecimal valueUsd) {
            boolean kindOk = kinds.isEmpty() || kinds.contains(kind);
            boolean fieldOk = priorityFields.isEmpty() || priorityFields.contains(priorityField);
            boolean sectorOk = sectorPrefixes.isEmpty() || (sectorCodes != null && sectorCodes.stream()
                    .anyMatch(code -> sectorPrefixes.stream().anyMatch(code::startsWith)));
            boolean valueOk = minUsd == null || (valueUsd != null && valueUsd.compareTo(minUsd) >= 0);
            return kindOk && fieldOk && sectorOk && valueOk;
        }
    }

    /**
     * Changes that go back to the original approver (Decree 80/2020 Art. 16); the rest stays with the managing agency.
     *
     * @param substantiveFields   fields whose change needs a decision
     * @param valueChangePercent  a change of the total value beyond this share needs a decision
     */
    public record AmendmentRule(@DefaultValue List<String> substantiveFields,
                                @DefaultValue("10") BigDecimal valueChangePercent, String source) {
    }

    /** Figures for the rules page: each limit by its key, in the order of the process. */
    public Map<String, TimeLimit> timeLimits() {
        Map<String, TimeLimit> limits = new java.util.LinkedHashMap<>();
        limits.put("completenessCheck", completenessCheck);
        limits.put("appraisalInvestment", appraisalInvestment);
        limits.put("appraisalOther", appraisalOther);
        limits.put("opinion", opinion);
        limits.put("decision", decision);
        limits.put("emergencyDecision", emergencyDecision);
        limits.put("emergencyUse", emergencyUse);
        limits.put("settlement", settlement);
        limits.put("resultsReport", resultsReport);
        return limits;
    }
}

package vn.vientro.aid.demo;

import java.util.Locale;
import vn.vientro.platform.DemoFile;

/**
 * What the people taking a demo item through its steps write on the way: {@code demo/aid/steps.yml}. A number with
 * {@code %d} takes the next decision number or the item's id.
 */
record DemoStepTexts(String signer, int firstDecisionNumber, Contact contact, AidAccount aidAccount,
                     String counterpartSource,
                     String targetGroups, Papers papers, Numbers numbers, Reasons reasons, Opinions opinions,
                     MoneyTexts money) {

    static DemoStepTexts read() {
        return DemoFile.read("demo/aid/steps.yml", DemoStepTexts.class);
    }

    /** "1041/QĐ-UBND" from "%d/QĐ-UBND", with Latin digits whatever the server's locale. */
    static String numbered(String pattern, long number) {
        return String.format(Locale.ROOT, pattern, number);
    }

    record Contact(String name, String position, String phone, String email) {
    }

    /** The bank that keeps the demo items' aid accounts; the number takes the item's sequence. */
    record AidAccount(String bank, String branch, String number) {
    }

    record Paper(String fileName, String title) {
    }

    record Papers(Paper request, Paper appraisalReport) {
    }

    record Numbers(String returned, String appraisalReport, String proposal, String decision, String refusal, String handOver,
                   String settlement) {
    }

    record Reasons(String returned, String conclusion, String refusal, String suspension, String handOver,
                   String closing) {
    }

    record Opinions(String communeQuestion, String policeAnswer, String financeAnswer) {
    }

    record MoneyTexts(String emergencyReceipt, String commitment, String receipt, String spending,
                      String counterpart) {
    }
}

package vn.vientro.aid.appraisal;

/** The written reply uploaded with an answer: its name as the user's computer gave it, and its bytes. */
public record OpinionAttachment(String fileName, byte[] content) {
}

package vn.vientro.mobilisation;

/** A photo or paper was attached to a need (at any stage: a published need may gain a photo). */
public record NeedAttached(long needId, long attachmentId, String actor) {
}

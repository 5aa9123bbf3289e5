package vn.vientro.mobilisation;

/** An entry of the foreign-affairs bulletin was written, published or withdrawn from the public. */
public record BulletinChanged(long entryId) {
}

package vn.vientro.mobilisation;

/** A photo of a published need: its type, its content and the hash that names the content. */
public record PublishedPhoto(String contentType, byte[] content, String sha256) {
}

package vn.vientro.mobilisation.need;

import org.springframework.data.repository.Repository;

/** The needs' attachments: added, never changed. */
interface NeedAttachments extends Repository<NeedAttachment, Long> {

    NeedAttachment save(NeedAttachment attachment);
}

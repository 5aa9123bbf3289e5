package vn.vientro.mobilisation.plan;

import org.springframework.data.repository.ListCrudRepository;

interface ActivityAttachments extends ListCrudRepository<ActivityAttachment, Long> {
}

package vn.vientro.mobilisation.need;

import org.springframework.data.repository.Repository;

/** The needs' timelines: steps are added, never changed or removed. */
interface NeedTimeline extends Repository<NeedTransition, Long> {

    NeedTransition save(NeedTransition step);
}

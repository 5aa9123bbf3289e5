package vn.vientro.aid.lifecycle;

import org.springframework.data.repository.Repository;

/** The items' timelines: moves are added, never changed or removed. */
interface Timeline extends Repository<Transition, Long> {

    Transition save(Transition move);
}

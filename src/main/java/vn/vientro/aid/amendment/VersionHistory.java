package vn.vientro.aid.amendment;

import org.springframework.data.repository.Repository;

/** The versions of the items' descriptions: versions are added, never changed or removed. */
interface VersionHistory extends Repository<ItemVersionEntry, Long> {

    ItemVersionEntry save(ItemVersionEntry version);
}

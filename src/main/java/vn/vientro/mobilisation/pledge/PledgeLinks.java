package vn.vientro.mobilisation.pledge;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.vientro.aid.AidItemDrafted;
import vn.vientro.aid.AidItemMoved;
import vn.vientro.aid.AidReportingQueries;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.DossierOrigin;
import vn.vientro.mobilisation.funnel.Funnel;
import vn.vientro.mobilisation.need.NeedFunding;

/**
 * Follows the dossiers pledges started, from the aid module's events and never its tables: a dossier drafted from a
 * pledge links the pledge and commits the organisation's interest to the item; the item's approval marks the pledge
 * approved and the need funded. Each is told once by the event publication registry and changes nothing twice.
 */
@Component
class PledgeLinks {

    private final PledgeRepository pledges;
    private final Funnel funnel;
    private final NeedFunding funding;
    private final AidReportingQueries items;

    PledgeLinks(PledgeRepository pledges, Funnel funnel, NeedFunding funding, AidReportingQueries items) {
        this.pledges = pledges;
        this.funnel = funnel;
        this.funding = funding;
        this.items = items;
    }

    /** The origin came through a browser: the item must be from the pledging organisation to be linked to it. */
    @ApplicationModuleListener
    void on(AidItemDrafted drafted) {
        DossierOrigin.idOf(drafted.origin(), DossierPrefill.ORIGIN_KIND).ifPresent(pledgeId -> pledges
                .findById(pledgeId).filter(pledge -> fromDonor(drafted.itemId(), pledge))
                .filter(pledge -> pledge.startedDossier(drafted.itemId())).ifPresent(pledge -> {
                    pledges.save(pledge);
                    funnel.committed(pledge.interestId(), drafted.itemId(), drafted.actor());
                }));
    }

    private boolean fromDonor(long itemId, Pledge pledge) {
        return items.basis(itemId).filter(item -> item.donorId() == pledge.organisationId()).isPresent();
    }

    @ApplicationModuleListener
    void on(AidItemMoved moved) {
        if (moved.to() != AidStatus.APPROVED) {
            return;
        }
        pledges.findByAidItemId(moved.itemId()).filter(Pledge::approved).ifPresent(pledge -> {
            pledges.save(pledge);
            funding.fundedBy(pledge.needId(), moved.itemId(), moved.actor());
        });
    }
}

package vn.vientro.aid;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import vn.vientro.identity.AgencyView;
import vn.vientro.identity.ProvinceAgencies;
import vn.vientro.identity.Staff;
import vn.vientro.reference.Rates;
import vn.vientro.registry.Ngos;
import vn.vientro.testing.Today;

/**
 * The people and bodies an aid item passes through, each made on first use with the owners' builders: the aid owner
 * (a new department) and its officer, a commune committee not involved and its officer, another department, the
 * province's focal point, appraisal lead, police, leader and an administrator, and a donor NGO with a valid paper.
 * A test class keeps one team, because every user costs a password hash to make; its tests share the people, never
 * the items.
 */
public final class AidTeam {

    private final Map<String, Object> made = new HashMap<>();

    /** The aid owner (chủ khoản viện trợ): a department of its own, "Sở Y tế 12". */
    public AgencyView owner() {
        return once("owner", ProvinceAgencies::newLineDepartment);
    }

    /** The governing agency: the Provincial People's Committee. */
    public AgencyView governing() {
        return ProvinceAgencies.peoplesCommittee();
    }

    /** A commune committee of the team, not involved in its items unless a test involves it. */
    public AgencyView commune() {
        return once("commune", ProvinceAgencies::newCommune);
    }

    /** A department that is neither the owner nor asked anything. */
    public AgencyView otherDepartment() {
        return once("otherDepartment", ProvinceAgencies::newLineDepartment);
    }

    /** The donor, a foreign NGO whose paper runs two more years; its money is converted with {@link Rates}. */
    public Ngos.Ngo donor() {
        return once("donor", () -> {
            Rates.forAidMoney();
            return Ngos.anNgo().withPermitUntil(Today.inProvince().plusYears(2)).register();
        });
    }

    public Staff officer() {
        return once("officer", () -> Staff.officerOf(owner().id()));
    }

    public Staff communeOfficer() {
        return once("commune officer", () -> Staff.officerOf(commune().id()));
    }

    public Staff focal() {
        return once("focal", Staff::focalPoint);
    }

    public Staff appraiser() {
        return once("appraiser", Staff::appraiser);
    }

    public Staff police() {
        return once("police", Staff::police);
    }

    public Staff leader() {
        return once("leader", Staff::leader);
    }

    public Staff admin() {
        return once("admin", Staff::admin);
    }

    /**
     * The member a test names: officer, commune (its officer), focal, appraiser, police, leader or admin; for tests
     * that go through several people by name.
     */
    public Staff named(String who) {
        return switch (who) {
            case "officer" -> officer();
            case "commune" -> communeOfficer();
            case "focal" -> focal();
            case "appraiser" -> appraiser();
            case "police" -> police();
            case "leader" -> leader();
            case "admin" -> admin();
            default -> throw new IllegalArgumentException("no " + who + " in an aid team");
        };
    }

    @SuppressWarnings("unchecked")
    private <T> T once(String what, Supplier<T> make) {
        if (!made.containsKey(what)) {
            made.put(what, make.get());
        }
        return (T) made.get(what);
    }
}

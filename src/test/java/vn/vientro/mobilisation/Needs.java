package vn.vientro.mobilisation;

import java.math.BigDecimal;
import java.util.List;
import vn.vientro.identity.Staff;
import vn.vientro.mobilisation.need.CatalogueNeeds;
import vn.vientro.mobilisation.need.NeedInput;
import vn.vientro.mobilisation.need.NeedStep;
import vn.vientro.reference.AdminUnits;
import vn.vientro.reference.UnitSet;
import vn.vientro.testing.ApplicationUnderTest;

/**
 * Needs of the catalogue made for a test through {@link CatalogueNeeds}, as their proposer would: a health need of a
 * commune of the province, with its English texts unless told otherwise, taken to the state asked for by the people
 * who take each step.
 */
public final class Needs {

    private final Staff proposer;
    private String titleVi = "Nâng cấp trạm y tế xã và trang thiết bị khám chữa bệnh";
    private String titleEn = "Upgrading the commune health station and its medical equipment";
    private boolean english = true;
    private String priorityField = "2.5";
    private List<String> sectors = List.of("12220", "12230");
    private List<String> communes = List.of();

    private Needs(Staff proposer) {
        this.proposer = proposer;
    }

    public static Needs aNeedOf(Staff proposer) {
        return new Needs(proposer);
    }

    public Needs titled(String vietnamese, String english) {
        this.titleVi = vietnamese;
        this.titleEn = english;
        return this;
    }

    /** In another priority field, DAC sectors and communes than the health station's. */
    public Needs about(String field, List<String> sectorCodes, List<String> communeCodes) {
        this.priorityField = field;
        this.sectors = sectorCodes;
        this.communes = communeCodes;
        return this;
    }

    /** Only the Vietnamese texts: the English ones are left for later. */
    public Needs inVietnameseOnly() {
        this.english = false;
        return this;
    }

    public NeedInput input() {
        return new NeedInput(null, titleVi, english ? titleEn : null,
                "Xây mới hai phòng khám, mua máy siêu âm và xe cứu thương cho trạm y tế xã vùng đồng bào dân tộc.",
                english ? "Two new consulting rooms, an ultrasound machine and an ambulance for a commune health "
                        + "station in an ethnic minority area." : null,
                "Giảm thời gian chuyển tuyến; 90 % phụ nữ mang thai được khám thai định kỳ.",
                english ? "Fewer referrals; 90 % of pregnant women receive regular antenatal care." : null,
                priorityField, sectors, communes.isEmpty() ? List.of(commune()) : communes, 12000, 850, 3100, 240, 5600, 6100,
                new BigDecimal("4500000000"), new BigDecimal("180000"), "USD", new BigDecimal("450000000"), 24,
                "Nguyễn Thị Hạnh", "0211 3862 555", "hanh.nt@example.org");
    }

    /** Proposes the need as a draft; answers its id. */
    public long draft() {
        NeedInput input = input();
        return proposer.acting(() -> needs().propose(input));
    }

    public long submitted() {
        long id = draft();
        take(proposer, id, NeedAction.SUBMIT, NeedStep.none());
        return id;
    }

    public long accepted(Staff appraiser) {
        long id = submitted();
        take(appraiser, id, NeedAction.ACCEPT, NeedStep.none());
        return id;
    }

    /** Accepted, approved into a catalogue version of its own by decision, and published by the focal point. */
    public long published(Staff appraiser) {
        long id = accepted(appraiser);
        CatalogueVersions.approving("7" + id + "/QĐ-UBND", vn.vientro.testing.Today.inProvince().minusDays(2), id);
        take(Staff.focalPoint(), id, NeedAction.PUBLISH, NeedStep.none());
        return id;
    }

    /** Takes a step as that person, on the need's current version. */
    public static void take(Staff who, long needId, NeedAction action, NeedStep step) {
        who.acting(() -> {
            needs().perform(needId, needs().get(needId).version(), action, step);
            return null;
        });
    }

    /** The first current commune of the province the tests run for. */
    public static String commune() {
        AdminUnits units = ApplicationUnderTest.bean(AdminUnits.class);
        return units.list(UnitSet.CURRENT, "commune", units.deploymentProvinceCode(), 1).get(0).code();
    }

    private static CatalogueNeeds needs() {
        return ApplicationUnderTest.bean(CatalogueNeeds.class);
    }
}

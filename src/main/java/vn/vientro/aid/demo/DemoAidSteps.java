package vn.vientro.aid.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.vientro.aid.AidAction;
import vn.vientro.aid.AidKind;
import vn.vientro.aid.AidRules;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.appraisal.Appraisals;
import vn.vientro.aid.appraisal.NewOpinionRequest;
import vn.vientro.aid.appraisal.OpinionAnswer;
import vn.vientro.aid.appraisal.OpinionReply;
import vn.vientro.aid.appraisal.OpinionTopic;
import vn.vientro.aid.dossier.Dossier;
import vn.vientro.aid.item.AidItemDetails;
import vn.vientro.aid.item.AidPortfolio;
import vn.vientro.aid.item.CounterpartForm;
import vn.vientro.aid.item.DeliveryForm;
import vn.vientro.aid.item.ItemContact;
import vn.vientro.aid.item.ItemDescription;
import vn.vientro.aid.item.ItemFields;
import vn.vientro.aid.item.LocationShare;
import vn.vientro.aid.item.PublicGroup;
import vn.vientro.aid.item.SectorShare;
import vn.vientro.aid.lifecycle.Lifecycle;
import vn.vientro.aid.lifecycle.TransitionCommand;
import vn.vientro.aid.money.Funding;
import vn.vientro.aid.money.MoneyFlows;
import vn.vientro.aid.money.MoneyKind;
import vn.vientro.aid.money.TransactionInput;
import vn.vientro.audit.ReadChannel;
import vn.vientro.identity.ActingUser;
import vn.vientro.identity.Agencies;
import vn.vientro.identity.AgencyKind;
import vn.vientro.identity.AgencyView;
import vn.vientro.reference.AdminUnit;
import vn.vientro.reference.AdminUnits;
import vn.vientro.reference.UnitSet;
import vn.vientro.registry.OrganisationRef;
import vn.vientro.registry.Registry;
import vn.vientro.shared.Money;
import vn.vientro.shared.WorkingDays;

/**
 * Takes one demo item from its draft to its state, each step as the person who would take it, writing what
 * {@code demo/aid/steps.yml} gives. Only the dates go in by SQL: the demo backdates submissions and spreads the
 * timeline over the item's life, which no domain method may do (a move is stamped when it is made).
 */
@Component
@Profile("demo")
class DemoAidSteps {

    private final ActingUser acting;
    private final AidPortfolio portfolio;
    private final Lifecycle lifecycle;
    private final Dossier dossier;
    private final Appraisals appraisals;
    private final MoneyFlows money;
    private final DemoResults results;
    private final Registry registry;
    private final Agencies agencies;
    private final AdminUnits adminUnits;
    private int drafted;
    private final vn.vientro.reference.PriorityFields priorityFields;
    private final AidRules rules;
    private final WorkingDays workingDays;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final DemoStepTexts texts = DemoStepTexts.read();
    private int decisionNumber = texts.firstDecisionNumber();

    @SuppressWarnings("checkstyle:ParameterNumber")
    DemoAidSteps(ActingUser acting, AidPortfolio portfolio, Lifecycle lifecycle, Dossier dossier,
                 Appraisals appraisals, MoneyFlows money, DemoResults results, Registry registry, Agencies agencies,
                 AdminUnits adminUnits, vn.vientro.reference.PriorityFields priorityFields, AidRules rules,
                 WorkingDays workingDays, JdbcClient jdbc, Clock clock) {
        this.priorityFields = priorityFields;
        this.acting = acting;
        this.portfolio = portfolio;
        this.lifecycle = lifecycle;
        this.dossier = dossier;
        this.appraisals = appraisals;
        this.money = money;
        this.results = results;
        this.registry = registry;
        this.agencies = agencies;
        this.adminUnits = adminUnits;
        this.rules = rules;
        this.workingDays = workingDays;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @return the item's id */
    long make(DemoItem demo) {
        String owner = ownerUser(demo.owner());
        AidItemDetails details = details(demo, ++drafted);
        long id = acting.run(owner, () -> portfolio.draft(details));
        results.define(id, owner, demo);
        LocalDate today = LocalDate.now(clock);
        if (demo.target() == AidStatus.DOSSIER_DRAFT) {
            DemoStepTexts.Paper request = texts.papers().request();
            acting.run(owner, () -> dossier.upload(id, "REQUEST_FOR_APPROVAL", request.fileName(),
                    paper(request.title(), demo), null));
            return id;
        }
        papers(id, owner, demo);
        move(owner, id, AidAction.SUBMIT, TransitionCommand.none());
        backdateSubmission(id, demo);
        if (demo.target() == AidStatus.SUBMITTED) {
            return id;
        }
        if (demo.target() == AidStatus.RETURNED) {
            move("appraiser", id, AidAction.RETURN, new TransitionCommand(texts.reasons().returned(),
                    texts.numbers().returned(), today.minusDays(9), null, null, null));
            return id;
        }
        if (demo.kind() == AidKind.EMERGENCY_RELIEF) {
            approve(id, demo);
            record(id, owner, MoneyKind.DISBURSEMENT, Funding.AID, today.minusDays(5), demo.amount(), demo.currency(),
                    texts.money().emergencyReceipt());
            spreadTimeline(id, demo);
            return id;
        }
        move("appraiser", id, AidAction.OPEN_APPRAISAL, TransitionCommand.none());
        opinions(id, demo);
        if (demo.target() == AidStatus.UNDER_APPRAISAL) {
            spreadTimeline(id, demo);
            return id;
        }
        DemoStepTexts.Paper report = texts.papers().appraisalReport();
        acting.run("appraiser", () -> dossier.upload(id, "APPRAISAL_REPORT", report.fileName(),
                paper(report.title(), demo), null));
        move("appraiser", id, AidAction.CONCLUDE_APPRAISAL, new TransitionCommand(texts.reasons().conclusion(),
                DemoStepTexts.numbered(texts.numbers().appraisalReport(), decisionNumber % 300), null, null, "APPROVE",
                null));
        move("appraiser", id, AidAction.PROPOSE_DECISION, new TransitionCommand(null,
                DemoStepTexts.numbered(texts.numbers().proposal(), decisionNumber % 300), null, null, null, null));
        if (demo.target() == AidStatus.PENDING_DECISION) {
            spreadTimeline(id, demo);
            return id;
        }
        if (demo.target() == AidStatus.REFUSED) {
            move("leader", id, AidAction.REFUSE, new TransitionCommand(texts.reasons().refusal(),
                    DemoStepTexts.numbered(texts.numbers().refusal(), decisionNumber++), demo.approval(), null, null,
                    null));
            spreadTimeline(id, demo);
            return id;
        }
        approve(id, demo);
        record(id, owner, MoneyKind.COMMITMENT, Funding.AID, demo.approval(), demo.amount(), demo.currency(),
                texts.money().commitment());
        if (demo.target() == AidStatus.APPROVED) {
            spreadTimeline(id, demo);
            return id;
        }
        move(owner, id, AidAction.START, new TransitionCommand(null, null, demo.plannedStart(), null, null, null));
        flows(id, owner, demo);
        results.report(id, owner, demo);
        if (demo.target() == AidStatus.SUSPENDED) {
            move("leader", id, AidAction.SUSPEND, new TransitionCommand(texts.reasons().suspension(),
                    DemoStepTexts.numbered(texts.numbers().decision(), decisionNumber++), today.minusDays(20), null,
                    null, null));
        }
        if (demo.target() == AidStatus.IMPLEMENTING || demo.target() == AidStatus.SUSPENDED) {
            spreadTimeline(id, demo);
            return id;
        }
        LocalDate end = demo.plannedEnd().isAfter(today) ? today : demo.plannedEnd();
        move(owner, id, AidAction.COMPLETE, new TransitionCommand(null, null, end, null, null, null));
        if (demo.target() != AidStatus.COMPLETED) {
            move(owner, id, AidAction.HAND_OVER, new TransitionCommand(texts.reasons().handOver(),
                    DemoStepTexts.numbered(texts.numbers().handOver(), id), end.plusDays(20), null, null, null));
            move("appraiser", id, AidAction.SETTLE, new TransitionCommand(null,
                    DemoStepTexts.numbered(texts.numbers().settlement(), id), end.plusDays(60), null, null, null));
            move("focal", id, AidAction.CLOSE, TransitionCommand.because(texts.reasons().closing()));
        }
        spreadTimeline(id, demo);
        return id;
    }

    private void approve(long id, DemoItem demo) {
        move("leader", id, AidAction.APPROVE, new TransitionCommand(null,
                DemoStepTexts.numbered(texts.numbers().decision(), decisionNumber++), demo.approval(), texts.signer(),
                null, null));
    }

    /** The default agencies are asked; all answer but one (the KFHI school is waiting for a commune, overdue). */
    private void opinions(long id, DemoItem demo) {
        LocalDate today = LocalDate.now(clock);
        LocalDate asked = demo.target() == AidStatus.UNDER_APPRAISAL ? today.minusDays(25)
                : demo.since().plusDays(5).isAfter(today) ? today : demo.since().plusDays(5);
        List<NewOpinionRequest> requests = new ArrayList<>(acting.run("appraiser", () -> appraisals.proposal(id))
                .stream().map(p -> new NewOpinionRequest(p.agencyId(), p.topic(), null)).toList());
        if (demo.target() == AidStatus.UNDER_APPRAISAL) {
            agencies.all().stream().filter(a -> a.code().equals("UBND-P-VINHPHUC")).findFirst()
                    .ifPresent(a -> requests.add(new NewOpinionRequest(a.id(), OpinionTopic.COMMUNE,
                            texts.opinions().communeQuestion())));
        }
        acting.run("appraiser", () -> appraisals.request(id, asked, requests));
        LocalDate answered = asked.plusDays(6).isAfter(today) ? today : asked.plusDays(6);
        acting.run("appraiser", () -> appraisals.opinions(id, ReadChannel.PAGE)).forEach(opinion -> {
            if (opinion.topic() == OpinionTopic.COMMUNE && demo.target() == AidStatus.UNDER_APPRAISAL) {
                return; // still awaited, and overdue
            }
            boolean police = opinion.topic() == OpinionTopic.SECURITY;
            OpinionReply reply = police
                    ? new OpinionReply(OpinionAnswer.AGREE, texts.opinions().policeAnswer(), answered)
                    : opinion.topic() == OpinionTopic.FINANCE
                    ? new OpinionReply(OpinionAnswer.AGREE_WITH_CONDITIONS, texts.opinions().financeAnswer(), answered)
                    : new OpinionReply(OpinionAnswer.AGREE, null, answered);
            acting.run(police ? "police" : "appraiser", () -> appraisals.answer(id, opinion.id(), reply));
        });
    }

    private void flows(long id, String owner, DemoItem demo) {
        LocalDate today = LocalDate.now(clock);
        BigDecimal total = new BigDecimal(demo.amount());
        LocalDate first = demo.plannedStart().plusMonths(1);
        if (demo.approval() != null && first.isBefore(demo.approval().plusDays(10))) {
            first = demo.approval().plusDays(10);
        }
        int tranches = 0;
        for (LocalDate on = first; !on.isAfter(today) && tranches < 4; on = on.plusMonths(7), tranches++) {
            BigDecimal part = total.multiply(new BigDecimal("0.18")).setScale(0, java.math.RoundingMode.HALF_EVEN);
            record(id, owner, MoneyKind.DISBURSEMENT, Funding.AID, on, part.toPlainString(), demo.currency(),
                    DemoStepTexts.numbered(texts.money().receipt(), tranches + 1));
            LocalDate spent = on.plusMonths(3).isAfter(today) ? today : on.plusMonths(3);
            record(id, owner, MoneyKind.EXPENDITURE, Funding.AID, spent,
                    part.multiply(new BigDecimal("0.85")).setScale(0, java.math.RoundingMode.HALF_EVEN).toPlainString(),
                    demo.currency(), DemoStepTexts.numbered(texts.money().spending(), tranches + 1));
        }
        if (demo.counterpartVnd() != null) {
            record(id, owner, MoneyKind.DISBURSEMENT, Funding.COUNTERPART, first.plusDays(10),
                    new BigDecimal(demo.counterpartVnd()).divide(new BigDecimal("2")).toPlainString(), "VND",
                    texts.money().counterpart());
        }
    }

    private void record(long id, String owner, MoneyKind kind, Funding funding, LocalDate on, String amount,
                        String currency, String description) {
        acting.run(owner, () -> money.record(id, new TransactionInput(kind, funding, on, Money.of(amount, currency),
                null, description, null)));
    }

    private void papers(long id, String owner, DemoItem demo) {
        acting.run(owner, () -> {
            dossier.checklist(id).lines().stream().filter(line -> line.required() && !line.present())
                    .filter(line -> line.type().requiredAt().name().equals("SUBMISSION"))
                    .forEach(line -> dossier.upload(id, line.type().code(), line.type().code().toLowerCase() + ".docx",
                            paper(line.type().nameVi(), demo), null));
            return null;
        });
    }

    private static byte[] paper(String title, DemoItem demo) {
        return DemoPapers.docx(title, demo.nameVi() + " — " + demo.nameEn());
    }

    private void move(String user, long id, AidAction action, TransitionCommand command) {
        acting.run(user, () -> lifecycle.perform(id, portfolio.get(id).item().version(), action, command));
    }

    /** The dossier went in on the demo's date, and the statutory clock started then. */
    private void backdateSubmission(long id, DemoItem demo) {
        LocalDate due = demo.kind().isEmergency() ? rules.emergencyDecision().dueFrom(demo.since(), workingDays)
                : rules.completenessCheck().dueFrom(demo.since(), workingDays);
        jdbc.sql("update aid.aid_item set submitted_on = :since, clock_started_on = :since, stage_due_on = :due "
                        + "where id = :id")
                .param("since", demo.since()).param("due", due).param("id", id).update();
    }

    /** Spreads the timeline's moves over the item's real life: up to the decision, then up to today. */
    private void spreadTimeline(long id, DemoItem demo) {
        LocalDate today = LocalDate.now(clock);
        List<Long> moves = jdbc.sql("select id from aid.transition where aid_item = :id order by id").param("id", id)
                .query(Long.class).list();
        LocalDate end = demo.approval() != null && !demo.approval().isAfter(today) ? demo.approval() : today;
        long span = Math.max(ChronoUnit.DAYS.between(demo.since(), end), 0);
        int decided = jdbc.sql("select count(*) from aid.transition where aid_item = :id and id <= coalesce("
                        + "(select min(id) from aid.transition where aid_item = :id and action in ('APPROVE', 'REFUSE')), 0)")
                .param("id", id).query(Integer.class).single();
        for (int i = 0; i < moves.size(); i++) {
            LocalDate on;
            if (decided == 0 || i < decided) {
                int steps = decided == 0 ? moves.size() : decided;
                on = demo.since().plusDays(span * i / Math.max(steps - 1, 1));
            } else {
                long after = ChronoUnit.DAYS.between(end, today);
                on = end.plusDays(after * (i - decided + 1) / Math.max(moves.size() - decided + 1, 1));
            }
            jdbc.sql("update aid.transition set occurred_at = :at where id = :move")
                    .param("at", java.sql.Timestamp.from(on.atTime(9 + i % 7, 15).atZone(ZoneId.of("Asia/Ho_Chi_Minh"))
                            .toInstant())).param("move", moves.get(i)).update();
        }
        // a move that carries its own document date (a decision, the actual start) happened on that date
        jdbc.sql("update aid.transition set occurred_at = (reference_date + time '10:30') at time zone 'Asia/Ho_Chi_Minh' "
                + "where aid_item = :id and reference_date is not null").param("id", id).update();
    }

    private AidItemDetails details(DemoItem demo, int sequence) {
        List<SectorShare> sectors = demo.sectors().stream().map(s -> s.split(" "))
                .map(p -> new SectorShare(p[0], new BigDecimal(p[1]))).toList();
        List<AdminUnit> communes = adminUnits.list(UnitSet.CURRENT, "commune", adminUnits.deploymentProvinceCode(), 12);
        AdminUnit commune = communes.get(demo.communeOffset() % communes.size());
        AgencyView owner = agencyNamed(demo.owner());
        Map<String, Object> fields = new HashMap<>();
        fields.put("kind", demo.kind());
        fields.put("deliveryForm", demo.kind() == AidKind.INVESTMENT_PROJECT ? DeliveryForm.WORKS
                : demo.kind() == AidKind.EMERGENCY_RELIEF ? DeliveryForm.GOODS : DeliveryForm.MIXED);
        fields.put("nameVi", demo.nameVi());
        fields.put("nameEn", demo.nameEn());
        fields.put("nameOriginal", demo.nameEn());
        fields.put("objectivesVi", demo.objectives());
        fields.put("descriptionVi", demo.objectives() + ". " + demo.nameVi() + ".");
        priorityFields.covering(sectors.get(0).sectorCode()).stream().findFirst()
                .ifPresent(field -> fields.put("priorityField", field.code()));
        fields.put("donorId", organisation(demo.donor()));
        if (demo.implementer() != null) {
            fields.put("implementerId", organisation(demo.implementer()));
        }
        fields.put("ownerAgencyId", owner.id());
        fields.put("governingAgencyId", agency("UBND-TINH"));
        fields.put("plannedStart", demo.plannedStart());
        fields.put("plannedEnd", demo.plannedEnd());
        if (demo.kind() == AidKind.EMERGENCY_RELIEF) {
            fields.put("disasterOn", demo.since().minusDays(3));
        }
        fields.put("totalAmount", new BigDecimal(demo.amount()));
        fields.put("totalCurrency", demo.currency());
        if (demo.counterpartVnd() != null) {
            fields.put("counterpartAmount", new BigDecimal(demo.counterpartVnd()));
            fields.put("counterpartCurrency", "VND");
            fields.put("counterpartSource", texts.counterpartSource());
            fields.put("counterpartForm", CounterpartForm.CASH);
        }
        fields.put("aidAccountBank", texts.aidAccount().bank());
        fields.put("aidAccountBranch", texts.aidAccount().branch());
        fields.put("aidAccountNumber", DemoStepTexts.numbered(texts.aidAccount().number(), sequence));
        fields.put("aidAccountHolder", owner.nameVi());
        boolean stateBudget = owner.kind() != AgencyKind.FRIENDSHIP_UNION;
        fields.put("budgetRecorded", stateBudget);
        if (stateBudget) {
            fields.put("budgetLevel", owner.code().startsWith("UBND-P-") ? ItemDescription.BudgetLevel.COMMUNE
                    : ItemDescription.BudgetLevel.PROVINCIAL);
        }
        fields.put("targetGroups", texts.targetGroups());
        fields.put("beneficiariesTotal", demo.beneficiaries());
        fields.put("beneficiariesWomen", demo.beneficiaries() / 2);
        fields.put("beneficiariesDisabled", demo.beneficiaries() / 10);
        fields.put("beneficiariesEthnic", demo.beneficiaries() / 5);
        fields.put("beneficiariesChildren", demo.beneficiaries() / 3);
        return new AidItemDetails(ItemFields.build(fields), sectors,
                List.of(new LocationShare(commune.code(), commune.provinceCode(), null, new BigDecimal("100"))),
                List.of(), List.of(new ItemContact(texts.contact().name(), texts.contact().position(),
                texts.contact().phone(), texts.contact().email())),
                Set.of(PublicGroup.SUMMARY, PublicGroup.VALUE, PublicGroup.SECTORS, PublicGroup.LOCATIONS,
                        PublicGroup.MONEY));
    }

    private String ownerUser(String ownerCode) {
        return switch (ownerCode) {
            case "SYT" -> "officer";
            case "UBND-P-VINHPHUC" -> "commune";
            default -> "focal";
        };
    }

    private long organisation(String abbreviation) {
        return registry.choices().stream().filter(o -> abbreviation.equals(o.abbreviation()))
                .map(OrganisationRef::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("demo organisation " + abbreviation));
    }

    private long agency(String code) {
        return agencyNamed(code).id();
    }

    private AgencyView agencyNamed(String code) {
        return agencies.all().stream().filter(a -> a.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("demo agency " + code));
    }

}

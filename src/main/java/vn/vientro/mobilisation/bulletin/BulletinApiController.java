package vn.vientro.mobilisation.bulletin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.vientro.mobilisation.MobilisationPolicy;

/** The foreign-affairs bulletin over the API, with the same role and rules as the pages. */
@RestController
@RequestMapping("/api/v1/bulletin")
@Tag(name = "mobilisation", description = "The foreign-affairs bulletin on the portal")
class BulletinApiController {

    private final Bulletin bulletin;

    BulletinApiController(Bulletin bulletin) {
        this.bulletin = bulletin;
    }

    @GetMapping
    @PreAuthorize(MobilisationPolicy.PUBLISH_BULLETIN)
    @Operation(summary = "Every plan activity and reward, latest first, with its bulletin entry's state (FOCAL_POINT)")
    List<BulletinLine> lines() {
        return bulletin.lines();
    }

    @GetMapping("/activities/{activityId}")
    @PreAuthorize(MobilisationPolicy.PUBLISH_BULLETIN)
    @Operation(summary = "An activity's bulletin entry, or a draft from the activity when none is written (FOCAL_POINT)")
    BulletinInput activity(@PathVariable long activityId) {
        return bulletin.entry(BulletinSource.ACTIVITY, activityId);
    }

    @PutMapping("/activities/{activityId}")
    @PreAuthorize(MobilisationPolicy.PUBLISH_BULLETIN)
    @Operation(summary = "Write, publish or withdraw an activity's entry (FOCAL_POINT); 409 if the version is not "
            + "current (no version: the first entry)")
    BulletinInput writeActivity(@PathVariable long activityId, @Valid @RequestBody BulletinInput request) {
        bulletin.write(BulletinSource.ACTIVITY, activityId, request.version(), request);
        return bulletin.entry(BulletinSource.ACTIVITY, activityId);
    }

    @GetMapping("/rewards/{rewardId}")
    @PreAuthorize(MobilisationPolicy.PUBLISH_BULLETIN)
    @Operation(summary = "A reward's bulletin entry, or a draft from the reward when none is written (FOCAL_POINT)")
    BulletinInput reward(@PathVariable long rewardId) {
        return bulletin.entry(BulletinSource.REWARD, rewardId);
    }

    @PutMapping("/rewards/{rewardId}")
    @PreAuthorize(MobilisationPolicy.PUBLISH_BULLETIN)
    @Operation(summary = "Write, publish or withdraw a reward's entry (FOCAL_POINT); 409 if the version is not "
            + "current (no version: the first entry)")
    BulletinInput writeReward(@PathVariable long rewardId, @Valid @RequestBody BulletinInput request) {
        bulletin.write(BulletinSource.REWARD, rewardId, request.version(), request);
        return bulletin.entry(BulletinSource.REWARD, rewardId);
    }
}

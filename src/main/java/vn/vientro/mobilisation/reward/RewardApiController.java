package vn.vientro.mobilisation.reward;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vientro.mobilisation.MobilisationPolicy;

/** Rewards over the API, with the same roles and rules as the pages. */
@RestController
@RequestMapping("/api/v1/rewards")
@Tag(name = "mobilisation", description = "Rewards for aid mobilisation")
class RewardApiController {

    private final Rewards rewards;

    RewardApiController(Rewards rewards) {
        this.rewards = rewards;
    }

    @GetMapping
    @PreAuthorize(MobilisationPolicy.LIST_REWARDS)
    @Operation(summary = "Rewards, latest decision first, optionally of one year (of the decision) and one form")
    List<RewardView> list(@RequestParam(required = false) @Nullable Integer year,
                          @RequestParam(required = false) @Nullable RewardKind kind) {
        return rewards.list(new RewardFilter(year, kind));
    }

    @GetMapping("/{rewardId}")
    @PreAuthorize(MobilisationPolicy.LIST_REWARDS)
    @Operation(summary = "One reward")
    RewardView get(@PathVariable long rewardId) {
        return rewards.get(rewardId);
    }

    @PostMapping
    @PreAuthorize(MobilisationPolicy.EDIT_REWARDS)
    @Operation(summary = "Record a reward to an organisation of the registry or to a person (FOCAL_POINT)")
    ResponseEntity<RewardView> give(@Valid @RequestBody RewardInput request) {
        long id = rewards.give(request);
        return ResponseEntity.created(URI.create("/api/v1/rewards/" + id)).body(rewards.get(id));
    }

    @PutMapping("/{rewardId}")
    @PreAuthorize(MobilisationPolicy.EDIT_REWARDS)
    @Operation(summary = "Correct a reward (FOCAL_POINT); 409 if the version is not current")
    RewardView correct(@PathVariable long rewardId, @Valid @RequestBody RewardInput request) {
        rewards.correct(rewardId, request.version() == null ? -1 : request.version(), request);
        return rewards.get(rewardId);
    }
}

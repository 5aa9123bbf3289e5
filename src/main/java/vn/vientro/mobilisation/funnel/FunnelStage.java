package vn.vientro.mobilisation.funnel;

/**
 * One column of the board: how many interests stand at the stage now, how many ever reached it, and that as a share
 * of those contacted (the conversion the board is for).
 */
public record FunnelStage(InterestStage stage, long standing, long reached, int percentOfContacted) {
}

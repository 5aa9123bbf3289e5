/**
 * The interest funnel (issue 14 point 4): for each need and organisation, how far mobilisation has come — contacted,
 * interested, proposal sent, pledged, committed (an aid item exists) or declined — with each step's date and note.
 */
@org.jspecify.annotations.NullMarked
package vn.vientro.mobilisation.funnel;

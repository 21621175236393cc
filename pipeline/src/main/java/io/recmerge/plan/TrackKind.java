package io.recmerge.plan;

/** Which track a media file feeds. */
public enum TrackKind { AUDIO, VIDEO }

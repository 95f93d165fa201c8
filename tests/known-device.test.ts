import { beforeAll, describe, expect, test } from "vitest";
import {
  issueKnownDevice,
  KNOWN_DEVICE_COOKIE,
  KNOWN_DEVICE_MAX_AGE_SECONDS,
  knownDeviceCookieOf,
  knownDeviceFor,
} from "@/lib/auth/known-device";

beforeAll(() => {
  process.env.AUTH_SECRET = "known-device-test-secret-0123456789abcdef";
});

describe("known-device cookies", () => {
  test("a cookie issued for an email names a device for that email only", () => {
    const value = issueKnownDevice("owner@example.com");
    const device = knownDeviceFor(value, "owner@example.com");
    expect(device).toMatch(/^[\w-]{22}$/);
    expect(knownDeviceFor(value, "someone@example.com")).toBeUndefined();
    expect(issueKnownDevice("owner@example.com")).not.toBe(value);
  });

  test("forged, altered and expired cookies name no device", () => {
    const now = Date.now();
    const value = issueKnownDevice("owner@example.com", now);
    const [device, expires, mac] = value.split(".") as [string, string, string];
    const flip = (s: string) => (s[0] === "A" ? "B" : "A") + s.slice(1);
    for (const forged of [
      `${flip(device)}.${expires}.${mac}`,
      `${device}.${Number(expires) + 1}.${mac}`,
      `${device}.${expires}.${flip(mac)}`,
      `${device}.${expires}`,
      `${value}.extra`,
      "",
      undefined,
    ])
      expect(knownDeviceFor(forged, "owner@example.com", now)).toBeUndefined();
    const later = now + KNOWN_DEVICE_MAX_AGE_SECONDS * 1000 + 1000;
    expect(knownDeviceFor(value, "owner@example.com", later)).toBeUndefined();
  });

  test("another server secret does not accept it", () => {
    const value = issueKnownDevice("owner@example.com");
    process.env.AUTH_SECRET = "a-different-secret-for-another-site-000";
    expect(knownDeviceFor(value, "owner@example.com")).toBeUndefined();
    process.env.AUTH_SECRET = "known-device-test-secret-0123456789abcdef";
    expect(knownDeviceFor(value, "owner@example.com")).toBeDefined();
  });

  test("read from the Cookie header among others", () => {
    const headers = new Headers({ cookie: `a=1; ${KNOWN_DEVICE_COOKIE}=x.1.y; b=2` });
    expect(knownDeviceCookieOf(headers)).toBe("x.1.y");
    expect(knownDeviceCookieOf(new Headers())).toBeUndefined();
  });
});

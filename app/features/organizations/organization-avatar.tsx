import { Box } from "@mantine/core";
import { initials } from "./format.ts";

/** The logo, or the name's initials on the city's blue; decorative either way (the name is beside it). */
export function OrganizationAvatar({
  name,
  logoUrl,
  size = 56,
}: {
  name: string;
  logoUrl: string | null;
  size?: number;
}) {
  if (logoUrl) {
    return (
      <img
        src={logoUrl}
        alt=""
        width={size}
        height={size}
        className="org-avatar"
        style={{ width: size, height: size }}
      />
    );
  }
  return (
    <Box
      aria-hidden
      className="org-avatar org-avatar-initials"
      style={{ width: size, height: size, fontSize: size * 0.34 }}
    >
      {initials(name)}
    </Box>
  );
}

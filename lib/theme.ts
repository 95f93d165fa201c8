/**
 * Sets the colour scheme before the first paint: a saved choice wins, otherwise the system
 * preference. Inline in every page (components/layout/theme-script.tsx) and allowed by its hash in
 * the Content-Security-Policy (lib/security/csp.ts).
 */
export const themeBootScript = `(function(){try{var s=localStorage.getItem("theme");var d=s?s==="dark":matchMedia("(prefers-color-scheme: dark)").matches;var e=document.documentElement;e.classList.toggle("dark",d);e.style.colorScheme=d?"dark":"light"}catch(_){}})()`;

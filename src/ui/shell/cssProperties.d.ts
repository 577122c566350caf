// Custom properties the components set inline, typed so a typo is a type error.
import 'react';

declare module 'react' {
  interface CSSProperties {
    /** A track's colour from the feed (#rgb/#rrggbb); the stylesheet turns it into a theme-safe accent. */
    '--track'?: string;
  }
}

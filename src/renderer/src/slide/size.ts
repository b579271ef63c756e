/** Design size of a slide: everything is laid out at 1280×720 and scaled to where it is shown. */
export const SLIDE_WIDTH = 1280;
export const SLIDE_HEIGHT = 720;

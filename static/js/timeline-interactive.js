/* The interactive timeline on a curated timeline page: progressive enhancement over the
   server-rendered list, which stays for readers without JavaScript and as the text version.
   TimelineJS (static/vendor/timelinejs, self-hosted) reads the timeline's TimelineJS export
   from the site's own API. Its options load nothing from elsewhere: no font stylesheet (its
   fonts come from Google), no theme, no analytics, and its script path is ours. */
(function () {
  "use strict";
  var holder = document.getElementById("timeline-interactive");
  if (!holder || typeof window.TL === "undefined" || !window.TL.Timeline) {
    return;
  }
  var embed = holder.querySelector(".timeline-interactive__embed");
  holder.hidden = false;
  try {
    var timeline = new window.TL.Timeline(embed, holder.getAttribute("data-source"), {
      script_path: holder.getAttribute("data-script-path"),
      font: null,
      theme: null,
      ga_measurement_id: null,
      hash_bookmark: false,
      language: "en",
      timenav_position: "bottom",
      start_at_slide: 1, /* the first event: the title slide repeats the page's heading */
      initial_zoom: 2
    });
    /* A slide scrolls when its text is long: keyboard readers must be able to reach it. */
    timeline.on("loaded", function () {
      var slides = embed.querySelectorAll(".tl-slide");
      for (var i = 0; i < slides.length; i += 1) {
        slides[i].setAttribute("tabindex", "0");
      }
    });
  } catch (error) {
    holder.hidden = true; /* the list below still tells the story */
  }
})();

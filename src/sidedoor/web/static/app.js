// sidedoor: small progressive enhancements; every page works without this file.
(function () {
  "use strict";
  // Put focus on the feedback after an answer, so keyboard and screen-reader users land on it.
  document.addEventListener("DOMContentLoaded", function () {
    var fb = document.getElementById("feedback");
    if (fb) { fb.setAttribute("tabindex", "-1"); fb.focus(); }
    // Show the chosen file's name next to the upload field.
    var file = document.getElementById("message-file");
    var text = document.getElementById("message-text");
    if (file && text) {
      file.addEventListener("change", function () {
        text.required = !(file.files && file.files.length);
      });
    }
  });
})();

from django.db import models


class Color(models.TextChoices):
    RED = 'red', 'Red'
    BLUE = 'blue', 'Blue'

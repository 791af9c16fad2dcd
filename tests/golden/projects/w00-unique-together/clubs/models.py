from django.conf import settings
from django.db import models


class Room(models.Model):
    building = models.CharField(max_length=20)
    floor = models.IntegerField()
    number = models.IntegerField()
    code = models.CharField(max_length=10)

    class Meta:
        unique_together = [('building', 'floor', 'number'), ('building', 'code')]


class Booking(models.Model):
    room = models.ForeignKey(Room, on_delete=models.CASCADE)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    day = models.DateField()
    slot = models.SmallIntegerField()

    class Meta:
        unique_together = (('room', 'day', 'slot'), ('user', 'day', 'slot'), ['room', 'user'])


class Seat(models.Model):
    row = models.CharField(max_length=2)
    col = models.IntegerField()
    a = models.IntegerField()
    b = models.IntegerField()
    c = models.IntegerField()

    class Meta:
        unique_together = [
            ('row', 'col'), ('a', 'b'), ('b', 'c'), ('a', 'c'), ('row', 'a', 'b', 'c'),
        ]

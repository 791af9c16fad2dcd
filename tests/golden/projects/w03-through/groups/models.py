from django.db import models


class Person(models.Model):
    name = models.CharField(max_length=50)

    def __str__(self):
        return self.name


class Band(models.Model):
    name = models.CharField(max_length=50)
    members = models.ManyToManyField(Person, through='Membership', related_name='bands')

    def __str__(self):
        return self.name


class Membership(models.Model):
    person = models.ForeignKey(Person, on_delete=models.CASCADE)
    band = models.ForeignKey(Band, on_delete=models.CASCADE)
    date_joined = models.DateField()
    invite_reason = models.CharField(max_length=64, blank=True)

    class Meta:
        unique_together = [('person', 'band')]
